import path from 'node:path';
import { MatchersV3, PactV4 } from '@treaty/pact';
import { createRecentOrders, handleOrderCreated } from '../src';
import { orderTemplate } from './order-template';

const pact = new PactV4({ consumer: 'orders-web', provider: 'orders-api', dir: path.resolve(__dirname, '../pacts') });

describe('order-created events', () => {
  it('adds the created order to the recent orders', async () => {
    const recent = createRecentOrders();
    await pact
      .addAsynchronousInteraction()
      .expectsToReceive('an order-created event', (b) =>
        b
          .withJSONContent(orderTemplate())
          .withMetadata({ contentType: 'application/json', topic: MatchersV3.regex('^orders$', 'orders') }),
      )
      .executeTest(async (message) => {
        await handleOrderCreated(message.contents.content, recent);
        expect(message.metadata).toEqual({ contentType: 'application/json', topic: 'orders' });
      });
    expect(recent.all()).toEqual([expect.objectContaining({ id: 1, status: 'pending' })]);
  });
});
