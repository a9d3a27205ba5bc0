import { startHttpBroker, type HttpBroker } from './support/http-broker';
import { seedBroker, type Seeded } from './support/seed';

const numbers = (body: { _embedded: { versions: { number: string }[] } }) =>
  body._embedded.versions.map((v) => v.number);

describe('versions by branch, tag and environment; repository URL; releases of a version; /doc pages; 405s', () => {
  let broker: HttpBroker;
  let seeded: Seeded;
  beforeAll(async () => {
    broker = await startHttpBroker();
    seeded = await seedBroker(broker);
  });
  afterAll(() => broker.close());

  it('lists the versions on a branch, with a tag and in an environment, and the latest of a branch', async () => {
    expect(numbers((await broker.call('GET', '/pacticipants/Web/branches/main/versions')).body)).toEqual(['1.0.0']);
    expect(numbers((await broker.call('GET', '/pacticipants/Web/tags/prod/versions')).body)).toEqual([
      '1.1.0',
      '1.0.0',
    ]);
    expect(
      numbers((await broker.call('GET', `/pacticipants/Orders/environments/${seeded.environmentUuid}/versions`)).body),
    ).toEqual(['2.0.0']);
    expect(
      numbers((await broker.call('GET', `/pacticipants/Web/environments/${seeded.environmentUuid}/versions`)).body),
    ).toEqual(['1.0.0']);
    expect((await broker.call('GET', '/pacticipants/Web/branches/feat/latest-version')).body.number).toBe('1.1.0');
    const branch = await broker.call('GET', '/pacticipants/Web/branches/main');
    expect(numbers((await broker.call('GET', new URL(branch.body._links['pb:versions'].href).pathname)).body)).toEqual([
      '1.0.0',
    ]);
  });

  it('answers 404 for an unknown branch, environment or pacticipant', async () => {
    const branch = await broker.call('GET', '/pacticipants/Web/branches/nope/versions');
    expect(branch.status).toBe(404);
    expect(branch.body.error.message).toBe(
      'Failed to find branch "nope" of pacticipant "Web": it does not exist. Check the name or publish it first.',
    );
    expect((await broker.call('GET', '/pacticipants/Web/environments/nope/versions')).status).toBe(404);
    expect((await broker.call('GET', '/pacticipants/Nope/tags/prod/versions')).status).toBe(404);
    expect((await broker.call('GET', '/pacticipants/Web/branches/nope/latest-version')).status).toBe(404);
  });

  it(
    'serves the repository URL (pb:pacticipant-repository-url) and the releases of a version in an ' + 'environment',
    async () => {
      expect((await broker.call('GET', '/pacticipants/Web/repository-url')).body).toMatchObject({
        repositoryUrl: 'https://git.example/web',
      });
      expect((await broker.call('GET', '/pacticipants/Orders/repository-url')).body.repositoryUrl).toBeNull();
      expect((await broker.call('GET', '/pacticipants/Nope/repository-url')).status).toBe(404);
      const released = await broker.call(
        'GET',
        `/pacticipants/Web/versions/1.0.0/released-versions/environment/${seeded.environmentUuid}`,
      );
      expect(released.body._embedded.releasedVersions).toEqual([expect.objectContaining({ currentlySupported: true })]);
      expect(
        (
          await broker.call(
            'GET',
            `/pacticipants/Web/versions/1.1.0/released-versions/environment/${seeded.environmentUuid}`,
          )
        ).body._embedded.releasedVersions,
      ).toEqual([]);
    },
  );

  it('documents every relation behind the curies, and 404s an unknown one', async () => {
    const index = await broker.call('GET', '/');
    expect(index.body._links.curies.map((c: { name: string }) => c.name)).toEqual(['pb', 'beta', 'pf']);
    expect(index.body._links['pf:publish-provider-contract'].href).toBe(
      `${broker.url}/provider-contracts/provider/{provider}/publish`,
    );
    const doc = await broker.call('GET', '/doc/publish-provider-contract?context=index');
    expect(doc.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(doc.text).toContain('<h1>publish-provider-contract</h1><p>Publish a provider contract.</p>');
    expect((await broker.call('GET', '/doc/pb:pacticipants')).text).toContain('<h1>pb:pacticipants</h1>');
    const unknown = await broker.call('GET', '/doc/nonsense');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('documentation for relation "nonsense"');
  });

  it('answers 405 with Allow for a GET on a POST-only resource the index links to', async () => {
    for (const path of [
      '/contracts/publish',
      '/provider-contracts/provider/Orders/publish',
      `/webhooks/${seeded.webhookUuid}/execute`,
    ]) {
      const answer = await broker.call('GET', path);
      expect({ path, status: answer.status, allow: answer.headers.get('allow'), code: answer.body.error.code }).toEqual(
        { path, status: 405, allow: 'POST, OPTIONS', code: 'TREATY_BROKER_METHOD_NOT_ALLOWED' },
      );
    }
  });
});
