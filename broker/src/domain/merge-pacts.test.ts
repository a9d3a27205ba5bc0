import { mergePacts } from './merge-pacts';
import { readPact } from './read-pact';

function pact(interactions: Record<string, unknown>[]): Record<string, unknown> {
  return {
    consumer: { name: 'Web' },
    provider: { name: 'Orders' },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

const getOrder = {
  description: 'get order',
  providerStates: [{ name: 'an order' }],
  request: { method: 'GET', path: '/orders/1' },
  response: { status: 200 },
};
const listOrders = {
  description: 'list orders',
  request: { method: 'GET', path: '/orders' },
  response: { status: 200 },
};

describe('mergePacts', () => {
  it('adds new interactions after the stored ones and keeps identical ones once', () => {
    const merged = mergePacts(pact([getOrder]), readPact(pact([{ ...getOrder }, listOrders]), 'test'));
    expect((merged.json.interactions as { description: string }[]).map((i) => i.description)).toEqual([
      'get order',
      'list orders',
    ]);
    expect(merged.consumerName).toBe('Web');
  });

  it('treats key order as the same content', () => {
    const reordered = {
      response: { status: 200 },
      request: { path: '/orders/1', method: 'GET' },
      providerStates: [{ name: 'an order' }],
      description: 'get order',
    };
    const merged = mergePacts(pact([getOrder]), readPact(pact([reordered]), 'test'));
    expect(merged.json.interactions).toHaveLength(1);
  });

  it('keeps interactions with the same description but another provider state apart', () => {
    const other = { ...getOrder, providerStates: [{ name: 'no orders' }], response: { status: 404 } };
    const merged = mergePacts(pact([getOrder]), readPact(pact([other]), 'test'));
    expect(merged.json.interactions).toHaveLength(2);
  });

  it('refuses an interaction that changed under the same description and state', () => {
    const changed = { ...getOrder, response: { status: 500 } };
    expect(() => mergePacts(pact([getOrder]), readPact(pact([changed]), 'test'))).toThrow(
      expect.objectContaining({
        code: 'TREATY_BROKER_CONFLICT',
        message: expect.stringContaining('interaction "get order"'),
      }),
    );
  });

  it('changes the content SHA when interactions are added', () => {
    const incoming = readPact(pact([listOrders]), 'test');
    expect(mergePacts(pact([getOrder]), incoming).sha).not.toBe(incoming.sha);
  });
});
