import path from 'node:path';
import { MatchersV3, PactV4 } from '@treaty/pact';
import { createShipmentQueue, handleOrderCreated } from '../src';

const { eachLike, integer, regex, string } = MatchersV3;

const pact = new PactV4({
  consumer: 'shipping-service',
  provider: 'orders-api',
  dir: path.resolve(__dirname, '../pacts'),
});

describe('order-created events', () => {
  it('plans a shipment for the created order', async () => {
    const queue = createShipmentQueue();
    await pact
      .addAsynchronousInteraction()
      .expectsToReceive('an order-created event', (b) =>
        b
          .withJSONContent({
            id: integer(1),
            status: string('pending'),
            items: eachLike({ sku: string('BOOK-1'), quantity: integer(2) }),
          })
          .withMetadata({ contentType: 'application/json', topic: regex('^orders$', 'orders') }),
      )
      .executeTest(async (message) => {
        await handleOrderCreated(message.contents.content, queue);
      });
    expect(queue.all()).toEqual([{ orderId: 1, lines: [{ sku: 'BOOK-1', quantity: 2 }], parcels: 1 }]);
  });

  it('rejects an event that is not an order', async () => {
    await expect(handleOrderCreated({ id: 'x' }, createShipmentQueue())).rejects.toThrow('not an order');
  });
});
