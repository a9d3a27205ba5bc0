/** @treaty-examples/shipping-service: a second example consumer of the orders API. */
export { OrdersLookup } from './orders-lookup';
export { handleOrderCreated, createShipmentQueue } from './shipments';
export type { Shipment, ShipmentQueue } from './shipments';
export { toOrderToShip } from './order-to-ship';
export type { OrderToShip } from './order-to-ship';
