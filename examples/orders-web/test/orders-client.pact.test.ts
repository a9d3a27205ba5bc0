import path from 'node:path';
import { MatchersV3, PactV4 } from '@treaty/pact';
import { OrdersClient } from '../src';
import { orderTemplate } from './order-template';

const { eachLike, fromProviderState, integer, like, number, string } = MatchersV3;

const pact = new PactV4({ consumer: 'orders-web', provider: 'orders-api', dir: path.resolve(__dirname, '../pacts') });

describe('OrdersClient against the orders API contract', () => {
  it('lists orders', async () => {
    await pact
      .addInteraction()
      .given('orders exist')
      .uponReceiving('a request for all orders')
      .withRequest('GET', '/orders', (b) => b.headers({ Accept: 'application/json' }))
      .willRespondWith(200, (b) =>
        b.headers({ 'Content-Type': 'application/json' }).jsonBody(eachLike(orderTemplate())),
      )
      .executeTest(async (server) => {
        const orders = await new OrdersClient(server.url).listOrders();
        expect(orders).toEqual([expect.objectContaining({ id: 1, status: 'pending', total: 25 })]);
      });
  });

  it('gets an order by id, the id coming from the provider state', async () => {
    await pact
      .addInteraction()
      .given('an order with id {id} exists', { id: 42 })
      .uponReceiving('a request for order 42')
      .withRequest('GET', fromProviderState('/orders/${id}', '/orders/42'), (b) =>
        b.headers({ Accept: 'application/json' }),
      )
      .willRespondWith(200, (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody(orderTemplate(42)))
      .executeTest(async (server) => {
        const order = await new OrdersClient(server.url).getOrder(42);
        expect(order).toMatchObject({ id: 42, items: [{ sku: 'BOOK-1', quantity: 2, price: 12.5 }] });
      });
  });

  it('gets null for an unknown order (404)', async () => {
    await pact
      .addInteraction()
      .given('no orders exist')
      .uponReceiving('a request for an order that does not exist')
      .withRequest('GET', '/orders/999', (b) => b.headers({ Accept: 'application/json' }))
      .willRespondWith(404, (b) => b.jsonBody({ error: string('Order 999 not found') }))
      .executeTest(async (server) => {
        expect(await new OrdersClient(server.url).getOrder(999)).toBeNull();
      });
  });

  it('creates an order', async () => {
    const items = [{ sku: 'BOOK-1', quantity: 2, price: 12.5 }];
    await pact
      .addInteraction()
      .uponReceiving('a request to create an order')
      .withRequest('POST', '/orders', (b) =>
        b
          .headers({ Accept: 'application/json' })
          .jsonBody({ items: eachLike({ sku: string('BOOK-1'), quantity: integer(2), price: number(12.5) }) }),
      )
      .willRespondWith(201, (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody(like(orderTemplate())))
      .executeTest(async (server) => {
        const order = await new OrdersClient(server.url).createOrder(items);
        expect(order).toMatchObject({ status: 'pending', items });
      });
  });
});
