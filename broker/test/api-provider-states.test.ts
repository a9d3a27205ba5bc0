import { publishBody } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

function pactWithStates(consumer: string, states: unknown[]): Record<string, unknown> {
  return {
    consumer: { name: consumer },
    provider: { name: 'Orders' },
    interactions: states.map((providerStates, i) => ({
      description: `call ${i}`,
      providerStates,
      request: { method: 'GET', path: `/orders/${i}` },
      response: { status: 200 },
    })),
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

describe('provider states', () => {
  let broker: HttpBroker;
  let environmentUuid: string;
  beforeAll(async () => {
    broker = await startHttpBroker();
    const publish = async (consumer: string, version: string, branch: string, states: unknown[]) => {
      const body = publishBody(version, [pactWithStates(consumer, states)], { branch });
      expect((await broker.call('POST', '/contracts/publish', body)).status).toBe(200);
    };
    await publish('Web', '1.0.0', 'main', [[{ name: 'an order exists', params: { id: 1 } }], [{ name: 'no orders' }]]);
    await publish('Mobile', '5.0.0', 'main', [
      [{ name: 'no orders' }],
      [{ name: 'an order exists', params: { id: 2 } }],
    ]);
    await publish('Web', '1.1.0', 'feat', [[{ name: 'a new state' }]]);
    const env = await broker.call('POST', '/environments', { name: 'production', production: true });
    environmentUuid = env.body.uuid;
    expect(
      (
        await broker.call(
          'POST',
          `/pacticipants/Mobile/versions/5.0.0/deployed-versions/environment/${environmentUuid}`,
          {},
        )
      ).status,
    ).toBe(201);
  });
  afterAll(() => broker.close());

  it(
    'lists the states of the latest main-branch pact of each consumer (newest first), merged and sorted by ' +
      'name, with their consumers',
    async () => {
      const states = await broker.call('GET', '/pacts/provider/Orders/provider-states');
      expect(states.status).toBe(200);
      expect(states.body.providerStates).toEqual([
        { name: 'an order exists', params: { id: 2 }, consumers: ['Mobile'] },
        { name: 'an order exists', params: { id: 1 }, consumers: ['Web'] },
        { name: 'no orders', consumers: ['Mobile', 'Web'] },
      ]);
    },
  );

  it('lists the states of a consumer branch and of an environment (by uuid or name)', async () => {
    expect(
      (await broker.call('GET', '/pacts/provider/Orders/provider-states/branch/feat')).body.providerStates,
    ).toEqual([{ name: 'a new state', consumers: ['Web'] }]);
    const byUuid = await broker.call('GET', `/pacts/provider/Orders/provider-states/environment/${environmentUuid}`);
    expect(byUuid.body.providerStates.map((s: { consumers: string[] }) => s.consumers)).toEqual([
      ['Mobile'],
      ['Mobile'],
    ]);
    expect(
      (await broker.call('GET', '/pacts/provider/Orders/provider-states/environment/production')).body.providerStates,
    ).toEqual(byUuid.body.providerStates);
    expect(
      (await broker.call('GET', '/pacts/provider/Orders/provider-states/branch/none')).body.providerStates,
    ).toEqual([]);
  });

  it('answers 404 with a clear message for an unknown provider or environment', async () => {
    const provider = await broker.call('GET', '/pacts/provider/Nope/provider-states');
    expect(provider.status).toBe(404);
    expect(provider.body.error.message).toBe(
      'Failed to find pacticipant "Nope": it does not exist. Check the name or publish it first.',
    );
    const environment = await broker.call('GET', '/pacts/provider/Orders/provider-states/environment/moon');
    expect(environment.status).toBe(404);
    expect(environment.body.error.code).toBe('TREATY_BROKER_NOT_FOUND');
  });
});
