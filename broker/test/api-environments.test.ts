import { call, withBroker, type TestBroker, type Json } from './support/broker';

describe('environments, deployed and released versions', () => {
  let broker: TestBroker;
  let uuid: string;
  beforeAll(async () => {
    broker = await withBroker();
    await call(broker, 'PUT', '/pacticipants/Api/versions/1', {});
    await call(broker, 'PUT', '/pacticipants/Api/versions/2', {});
  });
  afterAll(() => broker.close());

  it('creates, lists, updates and validates environments', async () => {
    const created = await call(broker, 'POST', '/environments', {
      name: 'production',
      displayName: 'Production',
      production: true,
    });
    expect(created.status).toBe(201);
    uuid = created.body.uuid;
    expect(created.body).toMatchObject({ name: 'production', production: true, displayName: 'Production' });
    expect(created.body._links['pb:currently-deployed-deployed-versions'].href).toContain(
      `/environments/${uuid}/deployed-versions/currently-deployed`,
    );
    const duplicate = await call(broker, 'POST', '/environments', { name: 'production', production: true });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors.name[0]).toContain('already exists');
    const invalid = await call(broker, 'POST', '/environments', { name: 'has space' });
    expect(invalid.body.errors).toEqual({
      name: ['cannot contain spaces'],
      production: ['is missing or not a boolean'],
    });
    const updated = await call(broker, 'PUT', `/environments/${uuid}`, {
      name: 'production',
      production: true,
      displayName: 'Prod',
    });
    expect(updated.body.displayName).toBe('Prod');
    expect((await call(broker, 'GET', '/environments?name=production')).body._embedded.environments).toHaveLength(1);
    expect((await call(broker, 'GET', '/environments/nope-nope')).status).toBe(404);
  });

  it('records deployments per application instance and undeploys', async () => {
    const path = (v: string) => `/pacticipants/Api/versions/${v}/deployed-versions/environment/${uuid}`;
    const first = await call(broker, 'POST', path('1'), {});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      currentlyDeployed: true,
      _embedded: { version: { number: '1' }, pacticipant: { name: 'Api' } },
    });
    await call(broker, 'POST', path('1'), { applicationInstance: 'eu' });
    await call(broker, 'POST', path('2'), {});
    const current = await call(
      broker,
      'GET',
      `/environments/${uuid}/deployed-versions/currently-deployed?pacticipant=Api`,
    );
    const shown = current.body._embedded.deployedVersions.map((d: Json) => [
      d._embedded.version.number,
      d.applicationInstance ?? null,
    ]);
    expect(shown).toEqual([
      ['1', 'eu'],
      ['2', null],
    ]);
    const undeploy = await call(
      broker,
      'PATCH',
      `/deployed-versions/${current.body._embedded.deployedVersions[0].uuid}`,
      { currentlyDeployed: false },
      { 'content-type': 'application/merge-patch+json' },
    );
    expect(undeploy.body.currentlyDeployed).toBe(false);
    const redeploy = await call(broker, 'PATCH', `/deployed-versions/${undeploy.body.uuid}`, {
      currentlyDeployed: true,
    });
    expect(redeploy.status).toBe(400);
    expect(
      (await call(broker, 'POST', `/pacticipants/Api/versions/9/deployed-versions/environment/${uuid}`, {})).status,
    ).toBe(404);
    expect((await call(broker, 'POST', path('1'), { applicationInstance: 5 })).status).toBe(400);
  });

  it('records releases and ends support', async () => {
    const path = `/pacticipants/Api/versions/1/released-versions/environment/${uuid}`;
    const released = await call(broker, 'POST', path, {});
    expect(released.status).toBe(201);
    expect((await call(broker, 'POST', path, {})).status).toBe(200);
    const ended = await call(broker, 'PATCH', `/released-versions/${released.body.uuid}`, {
      currentlySupported: false,
    });
    expect(ended.body).toMatchObject({ currentlySupported: false });
    const supported = await call(broker, 'GET', `/environments/${uuid}/released-versions/currently-supported`);
    expect(supported.body._embedded.releasedVersions).toEqual([]);
  });

  it('lists record-deployment and record-release links on versions by environment name', async () => {
    const version = await call(broker, 'GET', '/pacticipants/Api/versions/2');
    expect(version.body._links['pb:record-deployment']).toEqual([
      expect.objectContaining({
        name: 'production',
        href: expect.stringContaining(`/deployed-versions/environment/${uuid}`),
      }),
    ]);
    expect(version.body._links['pb:record-release'][0].name).toBe('production');
  });
});
