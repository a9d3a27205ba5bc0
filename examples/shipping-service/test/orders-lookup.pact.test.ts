import path from 'node:path';
import { MatchersV3, PactV4 } from '@treaty/pact';
import { OrdersLookup } from '../src';

const { eachLike, fromProviderState, integer, regex, string } = MatchersV3;

const pact = new PactV4({
  consumer: 'shipping-service',
  provider: 'orders-api',
  dir: path.resolve(__dirname, '../pacts'),
});

/** Only the fields shipping reads: a subset of the order the API returns. */
const orderToShip = (id: number) => ({
  id: integer(id),
  status: regex('^(pending|shipped|cancelled)$', 'pending'),
  items: eachLike({ sku: string('BOOK-1'), quantity: integer(2) }),
});

describe('OrdersLookup against the orders API contract', () => {
  it('finds an order to ship, its id coming from the provider state', async () => {
    await pact
      .addInteraction()
      .given('an order with id {id} exists', { id: 7 })
      .uponReceiving('a request from shipping for order 7')
      .withRequest('GET', fromProviderState('/orders/${id}', '/orders/7'), (b) =>
        b.headers({ Accept: 'application/json' }),
      )
      .willRespondWith(200, (b) => b.headers({ 'Content-Type': 'application/json' }).jsonBody(orderToShip(7)))
      .executeTest(async (server) => {
        const order = await new OrdersLookup(server.url).find(7);
        expect(order).toEqual({ id: 7, status: 'pending', items: [{ sku: 'BOOK-1', quantity: 2 }] });
      });
  });

  it('gets null for an order the API does not know', async () => {
    await pact
      .addInteraction()
      .given('no orders exist')
      .uponReceiving('a request from shipping for an order that does not exist')
      .withRequest('GET', '/orders/404', (b) => b.headers({ Accept: 'application/json' }))
      .willRespondWith(404)
      .executeTest(async (server) => {
        expect(await new OrdersLookup(server.url).find(404)).toBeNull();
      });
  });
});
