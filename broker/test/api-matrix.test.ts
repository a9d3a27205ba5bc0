import { call, withBroker, type TestBroker, type Json } from './support/broker';
import { describeEachDialect } from './support/databases';
import { samplePact } from './support/fixtures';

describeEachDialect('matrix and can-i-deploy', (dialect) => {
  let broker: TestBroker;
  let env: string;
  const verify = async (consumerVersion: string, providerVersion: string, success: boolean) => {
    const pact = await call(broker, 'GET', `/pacts/provider/Orders/consumer/Web/version/${consumerVersion}`);
    const href = new URL(pact.body._links['pb:publish-verification-results'].href).pathname;
    expect((await call(broker, 'POST', href, { success, providerApplicationVersion: providerVersion })).status).toBe(
      201,
    );
  };
  const deploy = (pacticipant: string, version: string) =>
    call(broker, 'POST', `/pacticipants/${pacticipant}/versions/${version}/deployed-versions/environment/${env}`, {});
  const canIDeploy = async (query: string) => (await call(broker, 'GET', `/can-i-deploy?${query}`)).body;

  beforeAll(async () => {
    broker = await withBroker({}, dialect);
    await call(broker, 'PUT', '/pacticipants/Web/branches/main/versions/1');
    await call(broker, 'PUT', '/pacts/provider/Orders/consumer/Web/version/1', samplePact('Web', 'Orders', 'a'));
    await call(broker, 'PUT', '/pacts/provider/Orders/consumer/Web/version/2', samplePact('Web', 'Orders', 'b'));
    await verify('1', '10', true);
    await verify('1', '11', false);
    env = (await call(broker, 'POST', '/environments', { name: 'production', production: true })).body.uuid;
    await deploy('Orders', '10');
    await call(broker, 'PUT', '/pacticipants/Orders/versions/10/tags/prod');
  });
  afterAll(async () => {
    await broker.close();
  });

  it('shows rows shaped like the Pact Broker for two pacticipant versions', async () => {
    const res = await call(
      broker,
      'GET',
      '/matrix?q[][pacticipant]=Web&q[][version]=1&q[][pacticipant]=Orders&q[][version]=10&latestby=cvpv',
    );
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({
      deployable: true,
      reason: 'All required verification results are published and successful',
      success: 1,
      failed: 0,
      unknown: 0,
    });
    const [row] = res.body.matrix;
    expect(row.consumer).toMatchObject({ name: 'Web', version: { number: '1', branch: 'main' } });
    expect(row.provider).toMatchObject({
      name: 'Orders',
      version: { number: '10', tags: [expect.objectContaining({ name: 'prod' })] },
    });
    expect(row.pact._links.self.href).toContain('/pact-version/');
    expect(row.verificationResult).toMatchObject({
      success: true,
      _links: { self: { href: expect.stringContaining('/verification-results/1') } },
    });
  });

  it('says false for a failed verification and lists every row without latestby', async () => {
    const failed = await call(
      broker,
      'GET',
      '/matrix?q[][pacticipant]=Web&q[][version]=1&q[][pacticipant]=Orders&q[][version]=11',
    );
    expect(failed.body.summary).toMatchObject({ deployable: false, failed: 1 });
    expect(failed.body.summary.reason).toContain('failed');
    const all = await call(broker, 'GET', '/matrix?q[][pacticipant]=Web&q[][pacticipant]=Orders');
    expect(all.body.matrix.map((r: Json) => [r.consumer.version.number, r.provider.version?.number ?? null])).toEqual([
      ['2', null],
      ['1', '11'],
      ['1', '10'],
    ]);
    const limited = await call(broker, 'GET', '/matrix?q[][pacticipant]=Web&q[][pacticipant]=Orders&limit=1');
    expect(limited.body.matrix).toHaveLength(1);
  });

  it('can-i-deploy to an environment: true when verified by the deployed provider, null when unverified', async () => {
    expect((await canIDeploy('pacticipant=Web&version=1&environment=production')).summary).toMatchObject({
      deployable: true,
      success: 1,
    });
    const unknown = await canIDeploy('pacticipant=Web&version=2&environment=production');
    expect(unknown.summary).toMatchObject({ deployable: null, unknown: 1 });
    expect(unknown.summary.reason).toContain(
      'There is no verified pact between version 2 of Web and a version of Orders currently in production (10)',
    );
    expect((await canIDeploy('pacticipant=Web&branch=main&environment=production')).summary.deployable).toBe(true);
  });

  it('can-i-deploy for a provider checks the consumer versions in the environment', async () => {
    await deploy('Web', '1');
    expect((await canIDeploy('pacticipant=Orders&version=11&environment=production')).summary.deployable).toBe(false);
    expect((await canIDeploy('pacticipant=Orders&version=10&environment=production')).summary.deployable).toBe(true);
  });

  it('can-i-deploy to a tag, with ignore, and for a version that does not exist', async () => {
    expect((await canIDeploy('pacticipant=Web&version=1&to=prod')).summary.deployable).toBe(true);
    const ignored = await call(
      broker,
      'GET',
      '/matrix?q[][pacticipant]=Web&q[][version]=2&latestby=cvp&environment=production&ignore[][pacticipant]=Orders',
    );
    expect(ignored.body.summary).toMatchObject({ deployable: true, ignored: 1 });
    const missing = await canIDeploy('pacticipant=Web&version=9&environment=production');
    expect(missing.summary).toMatchObject({ deployable: false, reason: 'There is no version 9 of Web' });
  });

  it('resolves q[] selectors by branch, main branch and environment', async () => {
    const rows = async (query: string) =>
      (await call(broker, 'GET', `/matrix?${query}`)).body.matrix.map((r: Json) => [
        r.consumer.version.number,
        r.provider.version?.number ?? null,
      ]);
    expect(
      await rows('q[][pacticipant]=Web&q[][mainBranch]=true&q[][pacticipant]=Orders&q[][environment]=production'),
    ).toEqual([['1', '10']]);
    expect(
      await rows('q[][pacticipant]=Web&q[][branch]=main&q[][latest]=true&q[][pacticipant]=Orders&q[][tag]=prod'),
    ).toEqual([['1', '10']]);
    expect((await canIDeploy('pacticipant=Web&mainBranch=true&environment=production')).summary.deployable).toBe(true);
  });

  it('answers values the database cannot store with 400, not 500', async () => {
    const res = await call(broker, 'PUT', '/pacticipants/Bad%00Name', {});
    expect(res.status).toBe(dialect.name === 'postgres' ? 400 : 201);
    if (dialect.name === 'postgres') expect(res.body.error.code).toBe('TREATY_BROKER_INVALID_BODY');
  });

  it('rejects invalid queries with 400', async () => {
    expect((await call(broker, 'GET', '/matrix')).status).toBe(400);
    expect((await call(broker, 'GET', '/matrix?q[][version]=1')).body.errors.q).toContain(
      'Please specify the pacticipant name',
    );
    const res = await call(broker, 'GET', '/can-i-deploy?version=1');
    expect(res.status).toBe(400);
    expect(res.body.errors.pacticipant).toEqual(['is missing']);
  });
});
