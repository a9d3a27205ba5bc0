import { publishBody, samplePact } from './support/fixtures';
import { describeEachDialect } from './support/databases';
import { startHttpBrokerOn, type HttpBroker } from './support/http-broker';

const PAIR = '/pacts/provider/Orders/consumer/Web';
const JSON_ACCEPT = { accept: 'application/hal+json' };

describeEachDialect(
  'pact resources: tagged and branch lists, untagged, legacy paths, diffs, verification results',
  (dialect, available) => {
    let broker: HttpBroker;
    const publish = async (version: string, variant: string, extra: Record<string, unknown>) =>
      expect(
        (
          await broker.call(
            'POST',
            '/contracts/publish',
            publishBody(version, [samplePact('Web', 'Orders', variant)], extra),
          )
        ).status,
      ).toBe(200);
    const verify = async (version: string, providerVersion: string, success: boolean) => {
      const pact = await broker.call('GET', `${PAIR}/version/${version}`);
      const path = new URL(pact.body._links['pb:publish-verification-results'].href).pathname;
      expect((await broker.call('POST', path, { success, providerApplicationVersion: providerVersion })).status).toBe(
        201,
      );
      return path;
    };

    beforeAll(async () => {
      if (!available()) return;
      broker = await startHttpBrokerOn(dialect);
      expect((await broker.call('PATCH', '/pacticipants/Web', { mainBranch: 'main' })).status).toBeLessThan(300);
      await publish('1.0.0', 'a', { branch: 'main', tags: ['prod'] });
      await publish('1.1.0', 'a', { branch: 'main', tags: ['prod'] });
      await publish('1.2.0', 'b', { branch: 'feat' });
    });
    afterAll(async () => {
      if (available()) await broker.close();
    });

    it('lists the versions of a pact with a consumer tag (pb:tagged-pact-versions)', async () => {
      if (!available()) return;
      const tagged = await broker.call('GET', `${PAIR}/tag/prod`);
      expect(tagged.status).toBe(200);
      expect(
        tagged.body._embedded.pacts.map(
          (p: { _embedded: { consumerVersion: { number: string } } }) => p._embedded.consumerVersion.number,
        ),
      ).toEqual(['1.1.0', '1.0.0']);
      expect(tagged.body._links['pb:pact-versions']).toHaveLength(2);
      expect(tagged.body._links.self.title).toBe('All versions of the pact between Web and Orders with tag prod');
      expect((await broker.call('GET', `${PAIR}/tag/none`)).body._embedded.pacts).toEqual([]);
      expect((await broker.call('GET', '/pacts/provider/Orders/consumer/Nope/tag/prod')).status).toBe(404);
    });

    it("lists branch versions in the Pact Broker's forms and the official CLI's (pb:pacts)", async () => {
      if (!available()) return;
      const main = await broker.call('GET', `${PAIR}/branch/versions`);
      expect(main.body._links['pb:pacts'].map((p: { href: string }) => p.href.split('/').pop())).toEqual([
        '1.1.0',
        '1.0.0',
      ]);
      expect((await broker.call('GET', `${PAIR}/branch/latest/versions`)).body._links['pb:pacts']).toHaveLength(1);
      expect((await broker.call('GET', `${PAIR}/branch/feat/latest/versions`)).body._links['pb:pacts'][0].name).toBe(
        'Web',
      );
      const latestOnBranch = await broker.call('GET', `${PAIR}/branch/feat/latest`);
      expect(latestOnBranch.body._links['pb:pacts']).toEqual([
        { name: 'Web', title: 'Pact between Web (1.2.0) and Orders', href: `${broker.url}${PAIR}/version/1.2.0` },
      ]);
    });

    it('serves the latest untagged pact and the legacy /pact and /versions paths', async () => {
      if (!available()) return;
      expect((await broker.call('GET', `${PAIR}/latest-untagged`)).body._links['pb:consumer-version'].name).toBe(
        '1.2.0',
      );
      expect(
        (await broker.call('GET', `/pact/provider/Orders/consumer/Web/version/1.0.0`)).body._links[
          'pb:consumer-version'
        ].name,
      ).toBe('1.0.0');
      expect(
        (await broker.call('GET', `/pact/provider/Orders/consumer/Web/latest`)).body._links['pb:consumer-version'].name,
      ).toBe('1.2.0');
      expect((await broker.call('GET', `${PAIR}/versions/1.1.0`)).body._links['pb:consumer-version'].name).toBe(
        '1.1.0',
      );
      const legacyPut = await broker.call(
        'PUT',
        '/pact/provider/Orders/consumer/Web/version/0.9.0',
        samplePact('Web', 'Orders', 'old'),
      );
      expect(legacyPut.status).toBe(201);
      expect(
        (await broker.call('PUT', '/pact/provider/Orders/consumer/Web/version/0.9.1', { consumer: { name: 'Other' } }))
          .status,
      ).toBe(400);
    });

    it('finds the previous distinct version and diffs (text by default, JSON on request)', async () => {
      if (!available()) return;
      expect(
        (await broker.call('GET', `${PAIR}/version/1.2.0/previous-distinct`)).body._links['pb:consumer-version'].name,
      ).toBe('1.1.0');
      // Versions count in publication order: 0.9.0 came last, so its previous distinct version is 1.2.0.
      expect(
        (await broker.call('GET', `${PAIR}/version/0.9.0/previous-distinct`)).body._links['pb:consumer-version'].name,
      ).toBe('1.2.0');
      const sameAsBefore = await broker.call('GET', `${PAIR}/version/1.1.0/previous-distinct`);
      expect(sameAsBefore.status).toBe(404);
      expect(sameAsBefore.body.error.message).toContain(
        'a previous distinct version of the pact between Web version 1.1.0 and Orders',
      );
      const text = await broker.call('GET', `${PAIR}/version/1.2.0/diff/previous-distinct`);
      expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(text.text).toContain(
        'Changes in the pact from version 1.1.0 to version 1.2.0:\n~ $.interactions[0].description: "get ' +
          'order a" -> "get order b"',
      );
      const json = await broker.call('GET', `${PAIR}/version/1.2.0/diff/version/1.0.0`, undefined, JSON_ACCEPT);
      expect(json.body.differences).toContainEqual({
        path: '$.interactions[0].request.path',
        change: 'changed',
        before: '/orders/a',
        after: '/orders/b',
      });
      expect(json.body._links['pb:from'].name).toBe('1.0.0');
      const first = await broker.call('GET', `${PAIR}/version/1.0.0/diff/previous-distinct`);
      expect(first.text).toBe('No previous distinct version was found for Pact between Web (1.0.0) and Orders\n');
      expect((await broker.call('GET', `${PAIR}/version/1.2.0/diff/version/7.7.7`)).status).toBe(404);
      const [shaA, shaB] = await Promise.all(
        ['1.0.0', '1.2.0'].map(
          async (v) => (await broker.call('GET', `${PAIR}/version/${v}`)).body._links['pb:pact-version'].name,
        ),
      );
      const bySha = await broker.call('GET', `${PAIR}/pact-version/${shaB}/diff/pact-version/${shaA}`);
      expect(bySha.text).toContain('~ $.interactions[0].request.path: "/orders/a" -> "/orders/b"');
      const unknownSha = await broker.call('GET', `${PAIR}/pact-version/${shaB}/diff/pact-version/not-a-sha`);
      expect(unknownSha.status).toBe(404);
      expect(unknownSha.body.error.message).toBe(
        'Failed to find pact version not-a-sha between Web and Orders: ' +
          'it does not exist. Check the name or publish it first.',
      );
    });

    it('lists verification results of a pact version and serves the latest variants', async () => {
      if (!available()) return;
      const results = await verify('1.1.0', '2.0.0', true);
      await verify('1.1.0', '2.0.1', false);
      const list = await broker.call('GET', results);
      expect(
        list.body._embedded.verificationResults.map(
          (v: { providerApplicationVersion: string }) => v.providerApplicationVersion,
        ),
      ).toEqual(['2.0.1', '2.0.0']);
      expect(
        (await broker.call('GET', `${PAIR}/version/1.1.0/verification-results/latest`)).body.providerApplicationVersion,
      ).toBe('2.0.1');
      expect((await broker.call('GET', `${PAIR}/latest/prod/verification-results/latest`)).body.success).toBe(false);
      const unverified = await broker.call('GET', `${PAIR}/latest/verification-results/latest`);
      expect(unverified.status).toBe(404);
      expect(unverified.body.error.message).toContain(
        'verification result of the pact between Web the latest version and Orders',
      );
      expect(
        (await broker.call('GET', '/pacts/provider/Orders/consumer/Web/pact-version/0000/verification-results')).status,
      ).toBe(404);
    });

    it('summarises the latest results of a consumer version for every provider', async () => {
      if (!available()) return;
      const summary = await broker.call('GET', '/verification-results/consumer/Web/version/1.1.0/latest');
      expect(summary.body).toMatchObject({
        success: false,
        providerSummary: { successful: [], failed: ['Orders'], unknown: [] },
      });
      expect(summary.body._embedded.verificationResults).toHaveLength(1);
      expect((await broker.call('GET', '/verification-results/consumer/Web/version/1.2.0')).body).toMatchObject({
        success: false,
        providerSummary: { unknown: ['Orders'] },
      });
      expect((await broker.call('GET', '/verification-results/consumer/Web/version/9.9.9')).status).toBe(404);
    });

    it('links triggered webhooks from pacts and verification results', async () => {
      if (!available()) return;
      const pact = await broker.call('GET', `${PAIR}/version/1.1.0`);
      const triggered = await broker.call('GET', new URL(pact.body._links['pb:triggered-webhooks'].href).pathname);
      expect(triggered.body._embedded.triggeredWebhooks).toEqual([]);
      const result = (await broker.call('GET', `${PAIR}/version/1.1.0/verification-results/latest`)).body;
      expect((await broker.call('GET', new URL(result._links['pb:triggered-webhooks'].href).pathname)).status).toBe(
        200,
      );
    });
  },
);
