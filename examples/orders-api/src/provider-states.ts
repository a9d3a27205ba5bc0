import { providerWithMetadata, type MessageProviders, type StateHandlers } from '@treaty/provider';
import { ORDER_CREATED_METADATA, orderCreated } from './order-created';
import type { BrokenMode } from './order';
import { sampleOrder, type OrderStore } from './order-store';

/** The provider states the API supports, by name (as consumers write them in `given(...)`). */
export const ORDER_STATES = {
  orderExists: 'an order with id {id} exists',
  noOrders: 'no orders exist',
  ordersExist: 'orders exist',
} as const;

function idFrom(params: Record<string, unknown> | undefined): number {
  const id = Number(params?.id ?? 1);
  return Number.isInteger(id) && id > 0 ? id : 1;
}

/**
 * State handlers for verification: each sets the store up and returns values for `fromProviderState`.
 * @example await verifyProvider({ stateHandlers: ordersStateHandlers(api.store), ... });
 */
export function ordersStateHandlers(store: OrderStore): StateHandlers {
  return {
    [ORDER_STATES.orderExists]: async (params) => {
      const order = store.put(sampleOrder(idFrom(params as Record<string, unknown> | undefined)));
      return { id: order.id };
    },
    [ORDER_STATES.noOrders]: async () => {
      store.clear();
      return undefined;
    },
    [ORDER_STATES.ordersExist]: async () => {
      store.clear();
      store.put(sampleOrder(1));
      store.put({ ...sampleOrder(2), status: 'shipped' });
      return undefined;
    },
  };
}

/** The message descriptions the API produces. */
export const ORDER_MESSAGES = { orderCreated: 'an order-created event' } as const;

/**
 * Message providers for verification, keyed by message description: they produce the real message.
 * @example await verifyProvider({ messageProviders: ordersMessageProviders(), ... });
 */
export function ordersMessageProviders(options: { broken?: BrokenMode } = {}): MessageProviders {
  const produce = providerWithMetadata(() => orderCreated(sampleOrder(1), options.broken).content, {
    ...ORDER_CREATED_METADATA,
  });
  return { [ORDER_MESSAGES.orderCreated]: produce, 'order-created': produce };
}
