import { publishBody, samplePact } from './support/fixtures';
import { describeEachDialect } from './support/databases';
import { startHttpBrokerOn, type HttpBroker } from './support/http-broker';

const JSON_ACCEPT = { accept: 'application/json' };

describeEachDialect(
  'integrations, dashboard, groups, relationships, matrix of a pair, metrics',
  (dialect, available) => {
    let broker: HttpBroker;
    const publish = async (consumer: string, provider: string, version: string) =>
      expect(
        (
          await broker.call(
            'POST',
            '/contracts/publish',
            publishBody(version, [samplePact(consumer, provider, version)]),
          )
        ).status,
      ).toBe(200);

    beforeAll(async () => {
      if (!available()) return;
      broker = await startHttpBrokerOn(dialect);
      await publish('Web', 'Orders', '1.0.0');
      await publish('Orders', 'Stock', '2.0.0');
      await publish('Mobile', 'Auth', '3.0.0');
      const pact = await broker.call('GET', '/pacts/provider/Orders/consumer/Web/latest');
      expect(
        (
          await broker.call('POST', new URL(pact.body._links['pb:publish-verification-results'].href).pathname, {
            success: true,
            providerApplicationVersion: '2.0.0',
          })
        ).status,
      ).toBe(201);
    });
    afterAll(async () => {
      if (available()) await broker.close();
    });

    it('lists integrations with their verification status and links', async () => {
      if (!available()) return;
      const { body } = await broker.call('GET', '/integrations');
      expect(
        body._embedded.integrations.map((i: { consumer: { name: string }; verificationStatus: string }) => [
          i.consumer.name,
          i.verificationStatus,
        ]),
      ).toEqual([
        ['Mobile', 'never'],
        ['Orders', 'never'],
        ['Web', 'success'],
      ]);
      const web = body._embedded.integrations[2];
      expect(Object.keys(web._links).sort()).toEqual([
        'pb:dashboard',
        'pb:delete_integration',
        'pb:group',
        'pb:latest-pact',
        'pb:matrix',
        'self',
      ]);
      expect(web.latestVerificationResultCreatedAt).toEqual(expect.any(String));
      expect((await broker.call('GET', '/integrations/provider/Orders/consumer/Web')).body.verificationStatus).toBe(
        'success',
      );
      expect((await broker.call('GET', '/integrations/provider/Web/consumer/Orders')).status).toBe(404);
    });

    it('shows the dashboard of every integration and of one', async () => {
      if (!available()) return;
      const all = await broker.call('GET', '/dashboard');
      expect(all.body.items).toHaveLength(3);
      const one = await broker.call('GET', '/dashboard/provider/Orders/consumer/Web');
      expect(one.body.items).toEqual([
        expect.objectContaining({
          verificationStatus: 'success',
          verificationResult: expect.objectContaining({ success: true }),
        }),
      ]);
      expect(one.body.items[0].provider.version.number).toBe('2.0.0');
      expect((await broker.call('GET', '/dashboard/provider/Nope/consumer/Web')).status).toBe(404);
    });

    it('serves the network as CSV (the Pact Broker form) or JSON, for everyone or one connected group', async () => {
      if (!available()) return;
      const csv = await broker.call('GET', '/relationships');
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.text.trim().split('\n')).toHaveLength(5);
      const group = await broker.call('GET', '/groups/Stock', undefined, JSON_ACCEPT);
      expect(group.body.relationships.map((r: { consumer: { name: string } }) => r.consumer.name).sort()).toEqual([
        'Orders',
        'Web',
      ]);
      expect(
        (await broker.call('GET', '/groups/Stock?maxPacticipants=2', undefined, JSON_ACCEPT)).body.relationships,
      ).toHaveLength(1);
      const bad = await broker.call('GET', '/groups/Stock?maxPacticipants=lots');
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual({ maxPacticipants: ['must be a positive whole number'] });
      expect((await broker.call('GET', '/groups/Nope')).status).toBe(404);
    });

    it('serves the matrix of one integration', async () => {
      if (!available()) return;
      const matrix = await broker.call('GET', '/matrix/provider/Orders/consumer/Web');
      expect(matrix.body.matrix).toEqual([
        expect.objectContaining({
          consumer: expect.objectContaining({ name: 'Web' }),
          provider: expect.objectContaining({ name: 'Orders' }),
        }),
      ]);
      expect((await broker.call('GET', '/matrix/provider/Orders/consumer/Nope')).status).toBe(404);
    });

    it(
      "answers /metrics in the Pact Broker's JSON shape " + 'when JSON is asked for, Prometheus text otherwise',
      async () => {
        if (!available()) return;
        const json = await broker.call('GET', '/metrics', undefined, JSON_ACCEPT);
        expect(json.body).toMatchObject({
          pacticipants: { count: 5 },
          integrations: { count: 3 },
          pactPublications: { count: 3 },
          pactVersions: { count: 3 },
          verificationResults: { count: 1, successCount: 1, failureCount: 0 },
          interactions: { latestInteractionsCount: 3, latestMessagesCount: 0 },
          matrix: { count: -1 },
          pactRevisionsPerConsumerVersion: { distribution: { 1: 3 } },
        });
        expect((await broker.call('GET', '/metrics', undefined, { accept: 'text/plain' })).text).toContain(
          'treaty_broker_pact_publications 3',
        );
        expect((await broker.call('GET', '/metrics/prometheus', undefined, JSON_ACCEPT)).text).toContain(
          '# TYPE treaty_broker_pacticipants gauge',
        );
      },
    );

    it('deletes an integration: its pacts and scoped webhooks go, the pacticipants stay', async () => {
      if (!available()) return;
      const hook = {
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: 'https://ci.example/hook' },
      };
      expect((await broker.call('POST', '/webhooks/provider/Auth/consumer/Mobile', hook)).status).toBe(201);
      expect((await broker.call('DELETE', '/integrations/provider/Auth/consumer/Mobile')).status).toBe(204);
      expect((await broker.call('GET', '/pacts/provider/Auth/consumer/Mobile/latest')).status).toBe(404);
      expect((await broker.call('GET', '/webhooks/provider/Auth/consumer/Mobile')).body._embedded.webhooks).toEqual([]);
      expect((await broker.call('GET', '/pacticipants/Mobile')).status).toBe(200);
      expect((await broker.call('DELETE', '/integrations/provider/Auth/consumer/Mobile')).status).toBe(404);
    });
  },
);
