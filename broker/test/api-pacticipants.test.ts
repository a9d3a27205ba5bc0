import { call, withBroker, type TestBroker } from './support/broker';

describe('index, pacticipants and errors', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await withBroker({ bodyLimit: 2048 });
  });
  afterAll(() => broker.close());

  it('serves the index with the Pact Broker relations as HAL', async () => {
    const { status, body, headers } = await call(broker, 'GET', '/', undefined, {
      'x-forwarded-host': 'broker.test',
      'x-forwarded-proto': 'http',
    });
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('application/hal+json');
    for (const rel of [
      'pb:publish-contracts',
      'pb:provider-pacts-for-verification',
      'pb:latest-provider-pacts',
      'pb:pacticipants',
      'pb:pacticipant',
      'pb:environments',
      'pb:environment',
      'pb:webhooks',
      'pb:can-i-deploy-pacticipant-version-to-environment',
      'pb:can-i-deploy-pacticipant-version-to-tag',
      'pb:can-i-deploy-branch-to-environment',
      'pb:latest-version',
      'pb:matrix',
    ]) {
      expect(body._links[rel]).toBeDefined();
    }
    expect(body._links['pb:pacticipant']).toEqual({
      href: 'http://broker.test/pacticipants/{pacticipant}',
      title: 'Fetch pacticipant by name',
      templated: true,
    });
    expect(body._links['pb:publish-contracts'].templated).toBe(false);
  });

  it('creates, updates, lists and deletes pacticipants', async () => {
    expect((await call(broker, 'POST', '/pacticipants', { name: 'Web', mainBranch: 'main' })).status).toBe(201);
    const patched = await call(broker, 'PATCH', '/pacticipants/Web', { repositoryUrl: 'https://git.example/web' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Web', mainBranch: 'main', repositoryUrl: 'https://git.example/web' });
    const put = await call(broker, 'PUT', '/pacticipants/Web', { displayName: 'Web App' });
    expect(put.body).toMatchObject({ displayName: 'Web App' });
    expect(put.body.mainBranch).toBeUndefined();
    expect((await call(broker, 'PUT', '/pacticipants/Api', { mainBranch: 'trunk' })).status).toBe(201);
    const list = await call(broker, 'GET', '/pacticipants');
    expect(list.body._embedded.pacticipants.map((p: { name: string }) => p.name)).toEqual(['Api', 'Web']);
    expect((await call(broker, 'DELETE', '/pacticipants/Api')).status).toBe(204);
    expect((await call(broker, 'GET', '/pacticipants/Api')).status).toBe(404);
  });

  it('labels pacticipants', async () => {
    expect((await call(broker, 'PUT', '/pacticipants/Web/labels/frontend')).status).toBe(201);
    expect(
      (await call(broker, 'GET', '/pacticipants/Web')).body._embedded.labels.map((l: { name: string }) => l.name),
    ).toEqual(['frontend']);
    expect((await call(broker, 'GET', '/pacticipants/label/frontend')).body._embedded.pacticipants[0].name).toBe('Web');
    expect((await call(broker, 'DELETE', '/pacticipants/Web/labels/frontend')).status).toBe(204);
    expect((await call(broker, 'GET', '/pacticipants/Web/labels/frontend')).status).toBe(404);
  });

  it('answers bad input with a 400 JSON error, never a crash', async () => {
    const missing = await call(broker, 'POST', '/pacticipants', { displayName: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('TREATY_BROKER_VALIDATION');
    expect(missing.body.errors).toEqual({ name: ['is missing'] });
    const wrongType = await call(broker, 'PATCH', '/pacticipants/Web', { mainBranch: 42 });
    expect(wrongType.body.errors).toEqual({ mainBranch: ['must be a string'] });
    const badJson = await call(broker, 'POST', '/pacticipants', '{"name":', { 'content-type': 'application/json' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('TREATY_BROKER_INVALID_BODY');
    const array = await call(broker, 'POST', '/pacticipants', [1, 2]);
    expect(array.status).toBe(400);
    const xml = await call(broker, 'POST', '/pacticipants', '<a/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(400);
    expect(xml.body.error.code).toBe('TREATY_BROKER_INVALID_BODY');
    const badUrl = await call(broker, 'GET', '/pacticipants/%E0%A4%A');
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.code).toBe('TREATY_BROKER_INVALID_BODY');
  });

  it('rejects bodies over the limit with 413 and unknown routes with 404', async () => {
    const big = await call(broker, 'POST', '/pacticipants', { name: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('TREATY_BROKER_BODY_TOO_LARGE');
    const unknown = await call(broker, 'GET', '/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({
      code: 'TREATY_BROKER_NOT_FOUND',
      message: expect.stringContaining('GET /nothing/here'),
    });
  });
});

describe('buildBroker with a database it cannot open', () => {
  it('throws TREATY_BROKER_INVALID_OPTIONS naming the database', async () => {
    const { buildBroker } = await import('@treaty/broker');
    await expect(buildBroker({ database: '/nonexistent-dir/for/sure/broker.db' })).rejects.toMatchObject({
      code: 'TREATY_BROKER_INVALID_OPTIONS',
      message: expect.stringContaining('SQLite file /nonexistent-dir/for/sure/broker.db'),
    });
    await expect(buildBroker({ databaseUrl: 'postgres://nobody:secret@127.0.0.1:1/none' })).rejects.toMatchObject({
      code: 'TREATY_BROKER_INVALID_OPTIONS',
      message: expect.not.stringContaining('secret'),
    });
  });
});
