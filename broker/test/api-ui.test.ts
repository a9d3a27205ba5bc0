import { call, withBroker, type TestBroker } from './support/broker';
import { describeEachDialect } from './support/databases';
import { seedUiBroker } from './support/ui-seed';

// The UI's JSON endpoints on every dialect (their SQL is written once for SQLite and PostgreSQL).
describeEachDialect('the UI JSON API', (dialect, available) => {
  let broker: TestBroker;
  const get = async (path: string) => {
    const res = await call(broker, 'GET', path);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    if (!available()) return;
    broker = await withBroker({ webhooks: { allowPrivateDestinations: true, deliver: false } }, dialect);
    await seedUiBroker(broker);
  });
  afterAll(async () => {
    if (available()) await broker.close();
  });

  it(
    'lists integrations with latest pact, verification ' + 'and placements; searches, sorts and pages on the server',
    async () => {
      if (!available()) return;
      const all = await get('/ui/api/integrations');
      expect(all).toMatchObject({ total: 5, all: 5, page: 1, pages: 1 });
      const webOrders = all.items.find((i: any) => i.consumer === 'Web' && i.provider === 'Orders');
      expect(webOrders).toMatchObject({
        consumerVersion: '1.0.1',
        consumerBranches: ['main'],
        status: 'failed',
        pending: true,
        verification: { number: 1, providerVersion: '2.0.1' },
        consumerPlacements: [{ environment: 'production', version: '1.0.0', kind: 'deployed' }],
        providerPlacements: [{ environment: 'production', version: '2.0.1', kind: 'deployed' }],
      });
      expect(all.items.find((i: any) => i.provider === 'Payments')).toMatchObject({
        status: 'passed',
        pending: false,
        verification: null,
        contract: { success: true, providerVersion: '7.0.0' },
      });
      expect(all.items.find((i: any) => i.consumer === 'Web' && i.provider === 'Users')).toMatchObject({
        status: 'passed',
        pending: false,
      });
      expect(all.items.find((i: any) => i.consumer === 'Mobile' && i.provider === 'Users')).toMatchObject({
        status: 'unverified',
        pending: true,
        verification: null,
        contract: null,
      });
      const searched = await get('/ui/api/integrations?q=USERS');
      expect(searched.items.map((i: any) => `${i.consumer}->${i.provider}`)).toEqual(['Mobile->Users', 'Web->Users']);
      const sorted = await get('/ui/api/integrations?sort=provider&dir=desc&size=2&page=2');
      expect(sorted).toMatchObject({ total: 5, page: 2, pages: 3, size: 2 });
      expect(sorted.items.map((i: any) => `${i.consumer}->${i.provider}`)).toEqual(['Orders->Payments', 'Web->Orders']);
      expect((await get('/ui/api/integrations?page=99&size=abc')).page).toBe(1);
    },
  );

  it(
    'answers the pact, verification, pacticipant, ' + 'environments, graph, webhooks and provider contract pages',
    async () => {
      if (!available()) return;
      const pact = await get('/ui/api/pacts/Orders/Web');
      expect(pact).toMatchObject({
        consumerVersion: '1.0.1',
        previous: { consumerVersion: '1.0.0' },
        verifications: [{ number: 1, success: false }],
      });
      expect(pact.previous.changes.length).toBeGreaterThan(0);
      expect((await get('/ui/api/pacts/Orders/Web?version=1.0.0')).verifications).toMatchObject([
        { success: true, providerVersion: '2.0.0' },
      ]);
      const verification = await get(`/ui/api/verifications/Orders/Web/${pact.sha}/1`);
      expect(verification).toMatchObject({
        success: false,
        providerBranches: ['main'],
        buildUrl: 'https://ci.example.com/builds/42',
      });
      expect(verification.interactions[0]).toMatchObject({ description: 'get order b', success: false });
      expect(verification.interactions[0].report).toContain("Expected 'forty-two' (string) to be an integer");
      expect(verification.interactions[0].report).toContain('afterEach failed: the test database did not reset');
      expect(verification.interactions[0].openapi).toEqual([
        {
          location: '#/paths/~1orders~1{id}/get/responses/200',
          message: 'response.body.total must be integer',
        },
      ]);
      const orders = await get('/ui/api/pacticipants/Orders');
      expect(orders).toMatchObject({ mainBranch: 'main', providers: ['Payments'], consumers: ['Mobile', 'Web'] });
      expect(orders.versions.map((v: any) => v.number)).toEqual(['2.0.1', '2.0.0']);
      const envs = await get('/ui/api/environments');
      expect(envs.environments.map((e: any) => e.name).sort()).toEqual(['production', 'staging']);
      expect(envs.placements).toContainEqual(
        expect.objectContaining({ pacticipant: 'Orders', environment: 'production', version: '2.0.1' }),
      );
      expect(envs.placements.filter((p: any) => p.pacticipant === 'Orders')).toHaveLength(1);
      const graph = await get('/ui/api/graph');
      expect(graph.nodes).toHaveLength(5);
      expect(graph.edges).toHaveLength(5);
      expect(graph.edges).toContainEqual([graph.nodes.indexOf('Web'), graph.nodes.indexOf('Orders'), 1]);
      expect(graph.edges).toContainEqual([graph.nodes.indexOf('Orders'), graph.nodes.indexOf('Payments'), 0]);
      expect(graph.edges).toContainEqual([graph.nodes.indexOf('Mobile'), graph.nodes.indexOf('Users'), 2]);
      const hooks = await get('/ui/api/webhooks');
      expect(JSON.stringify(hooks)).not.toMatch(/hunter2|s3cret/);
      const contract = await get('/ui/api/provider-contracts/Payments');
      expect(contract).toMatchObject({
        version: '7.0.0',
        selfVerification: { success: true },
        crossResults: [{ consumer: 'Orders', success: true }],
      });
      expect(contract.document.paths['/orders/{id}'].get.summary).toBe('The payment state of an order');
    },
  );

  it('answers unknown things with a 404 that says what is missing', async () => {
    if (!available()) return;
    const res = await call(broker, 'GET', '/ui/api/pacts/Orders/Web?version=9.9.9');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'Failed to find pact between Web 9.9.9 and Orders: it does not exist. Check the name or publish it first.',
    );
    expect((await call(broker, 'GET', '/ui/api/verifications/Orders/Web/nope/1')).status).toBe(404);
    expect((await call(broker, 'GET', '/ui/api/provider-contracts/Web')).status).toBe(404);
  });
});
