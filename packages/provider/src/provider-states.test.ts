import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setUpStates, StateHandlerError, tearDownStates, type StateRunnerOptions } from './provider-states';

function options(extra: Partial<StateRunnerOptions> = {}): StateRunnerOptions & { warnings: string[] } {
  const warnings: string[] = [];
  return { timeoutMs: 1000, warn: (m) => warnings.push(m), warnings, ...extra };
}

describe('setUpStates and tearDownStates', () => {
  it('runs setups in order and merges state params with what the handlers return', async () => {
    const calls: string[] = [];
    const o = options({
      stateHandlers: {
        'an order': (params) => (calls.push(`order ${JSON.stringify(params)}`), { orderId: 42 }),
        'a user': { setup: async () => (calls.push('user'), { userId: 7, orderId: 43 }) },
      },
    });
    const values = await setUpStates(o, [{ name: 'an order', params: { size: 'L' } }, { name: 'a user' }]);
    expect(calls).toEqual(['order {"size":"L"}', 'user']);
    expect(values).toEqual({ size: 'L', orderId: 43, userId: 7 });
    expect(o.warnings).toEqual([]);
  });

  it('tears down in reverse order, only through handlers that have a teardown', async () => {
    const calls: string[] = [];
    const o = options({
      stateHandlers: {
        a: { setup: () => undefined, teardown: () => void calls.push('a') },
        b: () => void calls.push('b setup'),
        c: { teardown: () => void calls.push('c') },
      },
    });
    await tearDownStates(o, [{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect(calls).toEqual(['c', 'a']);
  });

  it('warns once per unhandled state on setup and goes on', async () => {
    const o = options({ stateHandlers: {} });
    expect(await setUpStates(o, [{ name: 'nobody handles this', params: { a: 1 } }])).toEqual({ a: 1 });
    await tearDownStates(o, [{ name: 'nobody handles this' }]);
    expect(o.warnings).toEqual(['No state handler found for "nobody handles this", ignoring it']);
  });

  it('names the state and the action when a handler throws', async () => {
    const o = options({
      stateHandlers: {
        broken: {
          teardown: () => {
            throw new Error('db down');
          },
        },
      },
    });
    const failure = tearDownStates(o, [{ name: 'broken' }]);
    await expect(failure).rejects.toBeInstanceOf(StateHandlerError);
    await expect(failure).rejects.toThrow('State handler "broken" failed on teardown: db down');
  });

  it('fails a handler that outlives the timeout', async () => {
    const o = options({ timeoutMs: 20, stateHandlers: { slow: () => new Promise((r) => setTimeout(r, 1000)) } });
    await expect(setUpStates(o, [{ name: 'slow' }])).rejects.toThrow(/^State handler "slow" failed on setup: /);
  });

  describe('with a state set-up URL', () => {
    let server: Server;
    let url: string;
    const received: unknown[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          const parsed = JSON.parse(body);
          received.push(parsed);
          if (parsed.state === 'refused') res.writeHead(500).end();
          else
            res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(parsed.action === 'setup' ? '{"token":"t1"}' : '');
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/states`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('posts each state with its params and action, and merges the JSON answer', async () => {
      const o = options({ providerStatesSetupUrl: url });
      expect(await setUpStates(o, [{ name: 'an order', params: { id: 1 } }])).toEqual({ id: 1, token: 't1' });
      await tearDownStates(o, [{ name: 'an order', params: { id: 1 } }]);
      expect(received).toEqual([
        { state: 'an order', params: { id: 1 }, action: 'setup' },
        { state: 'an order', params: { id: 1 }, action: 'teardown' },
      ]);
      expect(o.warnings).toEqual([]);
    });

    it('fails when the URL answers with an error status', async () => {
      await expect(setUpStates(options({ providerStatesSetupUrl: url }), [{ name: 'refused' }])).rejects.toThrow(
        `State handler "refused" failed on setup: ${url} answered 500`,
      );
    });
  });
});
