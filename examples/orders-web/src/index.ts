/** @treaty-examples/orders-web: an example consumer of the orders API. */
export { OrdersClient, OrdersApiError } from './orders-client';
export { handleOrderCreated, createRecentOrders } from './order-events';
export type { RecentOrders } from './order-events';
export type { Order, OrderItem, OrderStatus } from './order';
