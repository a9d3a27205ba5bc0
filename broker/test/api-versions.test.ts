import { call, withBroker, type TestBroker } from './support/broker';

describe('versions, branches and tags', () => {
  let broker: TestBroker;
  beforeAll(async () => {
    broker = await withBroker();
  });
  afterAll(() => broker.close());

  it('creates versions with branch and tags; a repeated PUT is a 200', async () => {
    const created = await call(broker, 'PUT', '/pacticipants/Web/versions/1.0.0', {
      branch: 'main',
      tags: ['dev'],
      buildUrl: 'https://ci/1',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ number: '1.0.0', buildUrl: 'https://ci/1' });
    expect(created.body._embedded.branchVersions[0].name).toBe('main');
    expect(created.body._embedded.tags[0].name).toBe('dev');
    expect((await call(broker, 'PUT', '/pacticipants/Web/versions/1.0.0', {})).status).toBe(200);
    // The first branch named main/master/develop becomes the main branch.
    expect((await call(broker, 'GET', '/pacticipants/Web')).body.mainBranch).toBe('main');
    const bad = await call(broker, 'PUT', '/pacticipants/Web/versions/1.0.1', { tags: 'dev' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.tags).toEqual(['must be an array of strings']);
  });

  it('adds branch versions and lists branches', async () => {
    expect((await call(broker, 'PUT', '/pacticipants/Web/branches/feat/versions/1.1.0')).status).toBe(201);
    expect((await call(broker, 'PUT', '/pacticipants/Web/branches/feat/versions/1.1.0')).status).toBe(200);
    const branch = await call(broker, 'GET', '/pacticipants/Web/branches/feat');
    expect(branch.body).toMatchObject({ name: 'feat', latestVersion: { number: '1.1.0' } });
    const branches = await call(broker, 'GET', '/pacticipants/Web/branches');
    expect(branches.body._embedded.branches.map((b: { name: string }) => b.name)).toEqual(['feat', 'main']);
    expect((await call(broker, 'GET', '/pacticipants/Web/branches/feat/versions/1.0.0')).status).toBe(404);
    expect((await call(broker, 'DELETE', '/pacticipants/Web/branches/feat')).status).toBe(204);
    expect((await call(broker, 'GET', '/pacticipants/Web/versions/1.1.0')).status).toBe(200);
  });

  it('tags versions and finds the latest (tagged) version', async () => {
    expect((await call(broker, 'PUT', '/pacticipants/Web/versions/1.1.0/tags/prod')).status).toBe(201);
    const tag = await call(broker, 'GET', '/pacticipants/Web/versions/1.1.0/tags/prod');
    expect(tag.body).toMatchObject({ name: 'prod' });
    expect((await call(broker, 'GET', '/pacticipants/Web/latest-version')).body.number).toBe('1.1.0');
    expect((await call(broker, 'GET', '/pacticipants/Web/latest-version/dev')).body.number).toBe('1.0.0');
    expect((await call(broker, 'GET', '/pacticipants/Web/latest-version/none')).status).toBe(404);
    expect((await call(broker, 'DELETE', '/pacticipants/Web/versions/1.1.0/tags/prod')).status).toBe(204);
    expect((await call(broker, 'DELETE', '/pacticipants/Web/versions/1.1.0/tags/prod')).status).toBe(404);
  });

  it('lists and deletes versions; unknown ones are 404', async () => {
    const list = await call(broker, 'GET', '/pacticipants/Web/versions');
    expect(list.body._embedded.versions.map((v: { number: string }) => v.number)).toEqual(['1.1.0', '1.0.0']);
    expect((await call(broker, 'DELETE', '/pacticipants/Web/versions/1.1.0')).status).toBe(204);
    expect((await call(broker, 'GET', '/pacticipants/Web/versions/1.1.0')).status).toBe(404);
    expect((await call(broker, 'GET', '/pacticipants/Nobody/versions')).status).toBe(404);
  });
});
