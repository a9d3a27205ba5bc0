import { call, withBroker, type TestBroker, type Json } from './support/broker';
import { describeEachDialect } from './support/databases';
import { samplePact } from './support/fixtures';

describeEachDialect('pacts for verification', (dialect) => {
  let broker: TestBroker;
  const forVerification = (body: unknown) => call(broker, 'POST', '/pacts/provider/Orders/for-verification', body);
  const names = (res: { body: Json }) => res.body._embedded.pacts.map((p: Json) => p._links.self.name).sort();
  const publish = async (consumer: string, version: string, branch: string, variant: string) => {
    expect((await call(broker, 'PUT', `/pacticipants/${consumer}/branches/${branch}/versions/${version}`)).status).toBe(
      201,
    );
    expect(
      (
        await call(
          broker,
          'PUT',
          `/pacts/provider/Orders/consumer/${consumer}/version/${version}`,
          samplePact(consumer, 'Orders', variant),
        )
      ).status,
    ).toBe(201);
  };

  beforeAll(async () => {
    broker = await withBroker({}, dialect);
    await publish('Web', '1', 'main', 'a');
    await publish('Web', '2', 'feat', 'b');
    await publish('Web', '3', 'main', 'a');
    await publish('Mobile', '1', 'master', 'c');
    await call(broker, 'PUT', '/pacticipants/Web/versions/1/tags/prod');
    const env = await call(broker, 'POST', '/environments', { name: 'production', production: true });
    await call(broker, 'POST', `/pacticipants/Web/versions/1/deployed-versions/environment/${env.body.uuid}`, {});
  });
  afterAll(async () => {
    await broker.close();
  });

  it('selects the latest pact of each consumer main branch with notices saying why', async () => {
    const res = await forVerification({ consumerVersionSelectors: [{ mainBranch: true }] });
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(['Pact between Mobile (1) and Orders', 'Pact between Web (3) and Orders']);
    const web = res.body._embedded.pacts.find((p: Json) => p._links.self.name.includes('Web'));
    expect(web.verificationProperties.notices[0].text).toContain("latest version from the main branch 'main' (3)");
    expect(web.shortDescription).toBe('latest from main branch');
  });

  it('deduplicates pacts with the same content picked by several selectors', async () => {
    const res = await forVerification({
      consumerVersionSelectors: [
        { mainBranch: true, consumer: 'Web' },
        { deployed: true, environment: 'production' },
        { tag: 'prod', latest: true },
      ],
    });
    expect(res.body._embedded.pacts).toHaveLength(1);
    const text = res.body._embedded.pacts[0].verificationProperties.notices[0].text;
    expect(text).toContain('(3)');
    expect(text).toContain('currently deployed to production (1)');
    expect(text).toContain("tagged 'prod' (1)");
  });

  it('supports branch with fallbackBranch, matchingBranch, consumer and all tagged versions', async () => {
    expect(
      names(
        await forVerification({
          consumerVersionSelectors: [{ branch: 'nope', fallbackBranch: 'main', consumer: 'Web' }],
        }),
      ),
    ).toEqual(['Pact between Web (3) and Orders']);
    expect(
      names(
        await forVerification({ providerVersionBranch: 'feat', consumerVersionSelectors: [{ matchingBranch: true }] }),
      ),
    ).toEqual(['Pact between Web (2) and Orders']);
    expect(names(await forVerification({ consumerVersionSelectors: [{ tag: 'prod' }] }))).toEqual([
      'Pact between Web (1) and Orders',
    ]);
    expect(names(await forVerification({ consumerVersionSelectors: [{ latest: true }] }))).toEqual([
      'Pact between Mobile (1) and Orders',
      'Pact between Web (3) and Orders',
    ]);
    expect(names(await forVerification({ consumerVersionSelectors: [{ deployedOrReleased: true }] }))).toEqual([
      'Pact between Web (1) and Orders',
    ]);
  });

  it.each([
    [{ tag: 'x', branch: 'y' }, 'cannot specify both a tag and a branch (at index 0)'],
    [{}, 'must specify a value for environment or tag or branch'],
    [
      { matchingBranch: true },
      'the providerVersionBranch must be specified when the selector matchingBranch=true is used',
    ],
    [{ environment: 'nope' }, "environment with name 'nope' does not exist (at index 0)"],
    [{ tag: 'x', fallbackTag: 'y' }, 'fallbackTag can only be set if latest is true'],
    [{ branch: 'x', deployed: true }, 'cannot specify the field branch with the field deployed'],
    [{ mainBranch: true, tag: 'x' }, 'cannot specify mainBranch=true with any other criteria apart from consumer'],
    [{ branch: 'x', latest: false }, 'cannot specify a branch with latest=false'],
    [{ deployed: true, released: true }, 'cannot specify both deployed=true and released=true'],
    [{ latest: 'yes' }, 'latest must be one of: true, false'],
  ])('rejects the invalid selector %j', async (selector, message) => {
    const res = await forVerification({ consumerVersionSelectors: [selector] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('TREATY_BROKER_INVALID_SELECTOR');
    expect(res.body.errors.consumerVersionSelectors.join('\n')).toContain(message);
  });

  it('rejects a bad includeWipPactsSince and a missing provider', async () => {
    expect((await forVerification({ includeWipPactsSince: 'yesterday' })).body.errors.includeWipPactsSince).toEqual([
      'must be a date in ISO 8601 format',
    ]);
    expect((await call(broker, 'POST', '/pacts/provider/Nobody/for-verification', {})).status).toBe(404);
  });

  it('answers a GET with the selection read from the query string, as the Pact Broker does', async () => {
    const get = (query: string) => call(broker, 'GET', `/pacts/provider/Orders/for-verification${query}`);
    const byBranch = await get('?consumer_version_selectors[][branch]=feat&consumer_version_selectors[][latest]=true');
    expect(byBranch.status).toBe(200);
    expect(names(byBranch)).toEqual(['Pact between Web (2) and Orders']);
    expect(byBranch.body._links.self.title).toBe('Pacts to be verified by provider Orders');
    expect(byBranch.body._links.self.href).toContain('/for-verification?consumer_version_selectors');
    const pending = await get(
      '?provider_version_branch=main&include_pending_status=true&' +
        'consumer_version_selectors[][main_branch]=true&consumer_version_selectors[][consumer]=Web',
    );
    expect(names(pending)).toEqual(['Pact between Web (3) and Orders']);
    expect(pending.body._embedded.pacts[0].verificationProperties.pending).toBe(true);
    const wip = await get(
      '?provider_version_branch=main&include_wip_pacts_since=2000-01-01&consumer_version_selectors[][main_branch]=true',
    );
    expect(
      wip.body._embedded.pacts.filter((p: Json) => p.verificationProperties.wip).map((p: Json) => p._links.self.name),
    ).toEqual(['Pact between Web (2) and Orders']);
    expect(names(await get(''))).toEqual(['Pact between Mobile (1) and Orders', 'Pact between Web (3) and Orders']);
    const bad = await get('?consumer_version_selectors[][tag]=x&consumer_version_selectors[][branch]=y');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.consumerVersionSelectors.join('\n')).toContain(
      'cannot specify both a tag and a branch (at index 0)',
    );
  });

  it('reports pending status until a provider version on the branch verifies successfully', async () => {
    const request = {
      includePendingStatus: true,
      providerVersionBranch: 'main',
      consumerVersionSelectors: [{ mainBranch: true, consumer: 'Web' }],
    };
    const before = await forVerification(request);
    const entry = before.body._embedded.pacts[0];
    expect(entry.verificationProperties.pending).toBe(true);
    expect(entry.verificationProperties.notices[1].text).toContain('is in pending state');
    const pact = await call(broker, 'GET', new URL(entry._links.self.href).pathname);
    expect(pact.body.interactions[0]._id).toMatch(/^[0-9a-f]{40}$/);
    const publishLink = new URL(pact.body._links['pb:publish-verification-results'].href).pathname;
    expect(publishLink).toContain('/metadata/');
    await call(broker, 'PUT', '/pacticipants/Orders/branches/feat/versions/5');
    await call(broker, 'POST', publishLink, { success: true, providerApplicationVersion: '5' });
    expect((await forVerification(request)).body._embedded.pacts[0].verificationProperties.pending).toBe(true);
    await call(broker, 'PUT', '/pacticipants/Orders/branches/main/versions/6');
    await call(broker, 'POST', publishLink, { success: true, providerApplicationVersion: '6' });
    const after = await forVerification(request);
    expect(after.body._embedded.pacts[0].verificationProperties.pending).toBe(false);
    expect(after.body._embedded.pacts[0].verificationProperties.notices[1].text).toContain(
      'has previously been successfully verified',
    );
  });

  it('includes work-in-progress pacts since a date, marked wip and pending', async () => {
    const request = {
      includePendingStatus: true,
      providerVersionBranch: 'main',
      consumerVersionSelectors: [{ mainBranch: true }],
      includeWipPactsSince: '2000-01-01',
    };
    const res = await forVerification(request);
    const wip = res.body._embedded.pacts.filter((p: Json) => p.verificationProperties.wip);
    expect(wip.map((p: Json) => p._links.self.name)).toEqual(['Pact between Web (2) and Orders']);
    expect(wip[0].verificationProperties).toMatchObject({ pending: true, wip: true });
    expect(wip[0].verificationProperties.notices[0].text).toContain("'work in progress' pact");
    const future = await forVerification({ ...request, includeWipPactsSince: '2999-01-01' });
    expect(future.body._embedded.pacts.some((p: Json) => p.verificationProperties.wip)).toBe(false);
  });

  it('includes WIP pacts of consumer tags too when the provider version is identified by tags', async () => {
    expect((await call(broker, 'PUT', '/pacticipants/Web/versions/8/tags/dev')).status).toBe(201);
    expect(
      (await call(broker, 'PUT', '/pacts/provider/Orders/consumer/Web/version/8', samplePact('Web', 'Orders', 'd')))
        .status,
    ).toBe(201);
    const wipNames = async (extra: Json) => {
      const res = await forVerification({
        includePendingStatus: true,
        consumerVersionSelectors: [{ mainBranch: true }],
        includeWipPactsSince: '2000-01-01',
        ...extra,
      });
      return res.body._embedded.pacts
        .filter((p: Json) => p.verificationProperties.wip)
        .map((p: Json) => p._links.self.name)
        .sort();
    };
    expect(await wipNames({ providerVersionTags: ['prod'] })).toEqual([
      'Pact between Web (2) and Orders',
      'Pact between Web (8) and Orders',
    ]);
    expect(await wipNames({ providerVersionBranch: 'main' })).toEqual(['Pact between Web (2) and Orders']);

    const pact = await call(broker, 'GET', '/pacts/provider/Orders/consumer/Web/version/8');
    await call(broker, 'PUT', '/pacticipants/Orders/versions/9/tags/prod');
    const verified = await call(
      broker,
      'POST',
      new URL(pact.body._links['pb:publish-verification-results'].href).pathname,
      { success: true, providerApplicationVersion: '9' },
    );
    expect(verified.status).toBe(201);
    expect(await wipNames({ providerVersionTags: ['prod'] })).toEqual(['Pact between Web (2) and Orders']);
    expect(await wipNames({ providerVersionTags: ['prod', 'test'] })).toEqual([
      'Pact between Web (2) and Orders',
      'Pact between Web (8) and Orders',
    ]);
  });
});
