/** @treaty-examples/orders-api: an example provider for Treaty's provider verification. */

export { createOrdersApp, startOrdersApi } from './orders-app';
export type { OrdersApp, OrdersAppOptions, RunningOrdersApi } from './orders-app';
export { createOrderStore, sampleOrder } from './order-store';
export type { OrderStore } from './order-store';
export { totalOf, presentOrder } from './order';
export type { Order, OrderItem, OrderStatus, BrokenMode } from './order';
export { orderCreated, ORDER_CREATED_METADATA } from './order-created';
export type { OrderCreatedMessage } from './order-created';
export { ordersStateHandlers, ordersMessageProviders, ORDER_STATES, ORDER_MESSAGES } from './provider-states';
export { OPENAPI_PATH } from './openapi-path';
