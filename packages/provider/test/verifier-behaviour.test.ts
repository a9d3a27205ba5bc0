import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MessageProviderPact,
  Verifier,
  providerWithMetadata,
  renderJunit,
  verifyProvider,
  type VerifierOptions,
} from '@treaty/provider';
import { TextSink } from './support/text-sink';
import { startThingsServer, thingsPact } from './support/things-server';

let dir: string;
let server: Awaited<ReturnType<typeof startThingsServer>>;

function writePact(name: string, pact: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

// A V4 pact between web and things holding one interaction.
function writeV4Pact(name: string, interaction: Record<string, unknown>): string {
  const metadata = { pactSpecification: { version: '4.0' } };
  return writePact(name, {
    consumer: { name: 'web' },
    provider: { name: 'things' },
    interactions: [interaction],
    metadata,
  });
}

const auth = (req: { headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
  req.headers.authorization = 'Bearer t0k3n';
  next();
};

function base(pactFile: string, extra: Partial<VerifierOptions> = {}): VerifierOptions & { output: TextSink } {
  return { provider: 'things', providerBaseUrl: server.url, pactUrls: [pactFile], ...extra, output: new TextSink() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-behaviour-'));
  server = await startThingsServer();
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  server.seen.length = 0;
});

describe('state handlers and request filters', () => {
  it('feeds state handler results into ProviderState generators, and runs the request filter too', async () => {
    const calls: string[] = [];
    const report = await verifyProvider(
      base(writePact('states.json', thingsPact()), {
        requestFilter: auth,
        stateHandlers: {
          'a thing exists': {
            setup: async (params) => (calls.push(`setup ${JSON.stringify(params)}`), { id: 42 }),
            teardown: async () => void calls.push('teardown'),
          },
        },
        beforeEach: async () => void calls.push('beforeEach'),
        afterEach: async () => void calls.push('afterEach'),
      }),
    );
    expect(report.success).toBe(true);
    expect(server.seen.map((s) => [s.url, s.headers.authorization])).toEqual([['/things/42', 'Bearer t0k3n']]);
    expect(calls).toEqual(['beforeEach', 'setup {"id":5}', 'teardown', 'afterEach']);
    expect(report.pacts[0].interactions[0].exchange).toEqual({ method: 'GET', path: '/things/42', status: 200 });
  });

  it("fails only the interaction whose state handler throws, with the handler's message", async () => {
    const second = {
      description: 'get another thing',
      providerStates: [{ name: 'another thing' }],
      request: { method: 'GET', path: '/things/6' },
      response: { status: 200 },
    };
    const options = base(writePact('failing-state.json', thingsPact([second])), {
      requestFilter: auth,
      stateHandlers: { 'a thing exists': () => Promise.reject(new Error('database is down')) },
    });
    const error = (await verifyProvider(options).catch((e: unknown) => e)) as {
      details: { report: import('@treaty/provider').VerificationReport };
    };
    const [first, other] = error.details.report.pacts[0].interactions;
    expect(first).toMatchObject({
      success: false,
      error: 'State handler "a thing exists" failed on setup: database is down',
    });
    expect(other).toMatchObject({ success: true });
    expect(error.details.report.warnings).toEqual(['No state handler found for "another thing", ignoring it']);
    expect(options.output.text).toContain('database is down');
  });

  it('sends the request to the path a request filter sets, through url or path alone', async () => {
    const moved = {
      description: 'get a moved thing',
      request: { method: 'GET', path: '/old-things/7' },
      response: { status: 200 },
    };
    const pact = { ...thingsPact(), interactions: [moved] };
    const byPath = (req: { path: string; headers: Record<string, unknown> }, res: unknown, next: () => void) => {
      req.path = '/things/7';
      auth(req, res, next);
    };
    const byUrl = (req: { url: string; headers: Record<string, unknown> }, res: unknown, next: () => void) => {
      req.url = '/things/8';
      auth(req, res, next);
    };
    expect((await verifyProvider(base(writePact('moved.json', pact), { requestFilter: byPath }))).success).toBe(true);
    expect((await verifyProvider(base(writePact('moved.json', pact), { requestFilter: byUrl }))).success).toBe(true);
    expect(server.seen.map((s) => s.url)).toEqual(['/things/7', '/things/8']);
  });

  it('calls providerStatesSetupUrl for states without a handler, and adds customProviderHeaders', async () => {
    const report = await verifyProvider(
      base(writePact('setup-url.json', thingsPact()), {
        providerStatesSetupUrl: `${server.url}/_states`,
        customProviderHeaders: ['Authorization: Bearer t0k3n'],
      }),
    );
    expect(report.success).toBe(true);
    expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/_states', JSON.stringify({ state: 'a thing exists', params: { id: 5 }, action: 'setup' })],
      ['GET', '/things/77', ''],
      ['POST', '/_states', JSON.stringify({ state: 'a thing exists', params: { id: 5 }, action: 'teardown' })],
    ]);
  });

  it(
    'calls the state change with an empty state for an ' +
      'interaction without provider states, as pact-reference does',
    async () => {
      const stateless = {
        description: 'get thing 7',
        request: { method: 'GET', path: '/things/7' },
        response: { status: 200 },
      };
      const pact = { ...thingsPact(), interactions: [stateless] };
      const report = await verifyProvider(
        base(writePact('stateless.json', pact), {
          providerStatesSetupUrl: `${server.url}/_states`,
          requestFilter: auth,
        }),
      );
      expect(report.success).toBe(true);
      expect(report.warnings).toEqual([]);
      expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
        ['POST', '/_states', JSON.stringify({ state: '', params: {}, action: 'setup' })],
        ['GET', '/things/7', ''],
        ['POST', '/_states', JSON.stringify({ state: '', params: {}, action: 'teardown' })],
      ]);
      const calls: string[] = [];
      const handlers = {
        '': { setup: async () => void calls.push('setup'), teardown: async () => void calls.push('teardown') },
      };
      await verifyProvider(base(writePact('stateless.json', pact), { stateHandlers: handlers, requestFilter: auth }));
      expect(calls).toEqual(['setup', 'teardown']);
    },
  );

  it("shows an interaction's V4 comments and test name in the report", async () => {
    const commented = {
      type: 'Synchronous/HTTP',
      description: 'get thing 8',
      comments: { text: ['the list page uses this'], testname: 'orders page > shows thing 8' },
      request: { method: 'GET', path: '/things/8' },
      response: { status: 200 },
    };
    const options = base(writeV4Pact('commented.json', commented), { requestFilter: auth });
    const report = await verifyProvider(options);
    expect(report.pacts[0].interactions[0]).toMatchObject({
      comments: ['the list page uses this'],
      testName: 'orders page > shows thing 8',
    });
    expect(options.output.text).toContain(
      '✓ get thing 8\n        # Test Name: orders page > shows thing 8\n        # the list page uses this\n',
    );
  });

  it('shows a single text comment given as a string and the references, as pact-reference prints them', async () => {
    const commented = {
      type: 'Synchronous/HTTP',
      description: 'get thing 9',
      comments: {
        text: 'shown on the order page',
        references: { asyncapi: { operationId: 'publishOrder' }, jira: { issue: 'ORD-12', points: 3 } },
      },
      request: { method: 'GET', path: '/things/9' },
      response: { status: 200 },
    };
    const options = base(writeV4Pact('referenced.json', commented), { requestFilter: auth });
    const report = await verifyProvider(options);
    expect(report.pacts[0].interactions[0]).toMatchObject({
      comments: ['shown on the order page'],
      references: { asyncapi: { operationId: 'publishOrder' }, jira: { issue: 'ORD-12', points: '3' } },
    });
    expect(options.output.text).toContain(
      [
        '✓ get thing 9',
        '        # shown on the order page',
        '        # References:',
        '        #   asyncapi:',
        '        #     operationId: publishOrder',
        '        #   jira:',
        '        #     issue: ORD-12',
        '        #     points: 3',
        '',
      ].join('\n'),
    );
  });
});

describe('bounded waits', () => {
  it('fails an interaction whose response never comes, after the per-request timeout', async () => {
    const slow = {
      description: 'slow',
      providerStates: [],
      request: { method: 'GET', path: '/slow' },
      response: { status: 200 },
    };
    const pact = { ...thingsPact(), interactions: [slow] };
    const error = (await verifyProvider(base(writePact('slow.json', pact), { timeout: 300 })).catch(
      (e: unknown) => e,
    )) as { details: { report: import('@treaty/provider').VerificationReport } };
    expect(error.details.report.pacts[0].interactions[0].error).toBe('Request failed: no response within 300 ms');
  });

  it('fails an interaction whose state handler never settles, and goes on', async () => {
    const options = base(writePact('stuck-state.json', thingsPact()), {
      timeout: 200,
      stateHandlers: { 'a thing exists': () => new Promise(() => undefined) },
    });
    const error = (await verifyProvider(options).catch((e: unknown) => e)) as {
      details: { report: import('@treaty/provider').VerificationReport };
    };
    expect(error.details.report.pacts[0].interactions[0].error).toBe(
      'State handler "a thing exists" failed on setup: the handler did not finish within 200 ms',
    );
  });

  it('gives up on a provider that never comes up', async () => {
    const options = base(writePact('unreachable.json', thingsPact()), {
      providerBaseUrl: 'http://127.0.0.1:1',
      timeout: 300,
    });
    await expect(verifyProvider(options)).rejects.toMatchObject({ code: 'TREATY_PROVIDER_NOT_REACHABLE' });
  });
});

describe('options', () => {
  it('names the option an unknown one was probably meant to be when the run cannot start without it', async () => {
    const error = await verifyProvider({
      ...base('x.json'),
      pactUrls: undefined,
      pactUrl: 'x',
    } as VerifierOptions).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TREATY_PROVIDER_INVALID_OPTIONS' });
    expect((error as Error).message).toContain(
      'neither pactUrls nor pactBrokerUrl is set (unknown option "pactUrl" is ignored: did you mean "pactUrls"?)',
    );
  });

  it('accepts what pact-js accepts: deprecated options and unknown ones only warn (with a did-you-mean)', async () => {
    const options = {
      ...base(writePact('lenient.json', thingsPact()), { requestFilter: auth }),
      verbose: true,
      providerBranch: 'main',
      enablePendng: true,
      zzz: 1,
    };
    const report = await verifyProvider(options as VerifierOptions);
    expect(report.success).toBe(true);
    expect(report.warnings).toEqual([
      'option "verbose" is deprecated: it no longer has any effect',
      'option "providerBranch" is deprecated: use providerVersionBranch instead',
      'unknown option "enablePendng" is ignored: did you mean "enablePending"?',
      'unknown option "zzz" is ignored',
      'No state handler found for "a thing exists", ignoring it',
    ]);
    expect(options.output.text).toContain('warning: option "verbose" is deprecated');
  });

  it('reaches a provider at an IPv6 literal URL, as pact-reference binds its test providers to [::1]', async () => {
    const ipv6 = await startThingsServer('::1');
    try {
      const options = base(writePact('ipv6.json', thingsPact()), { providerBaseUrl: ipv6.url, requestFilter: auth });
      expect(options.providerBaseUrl).toMatch(/^http:\/\/\[::1\]:\d+$/);
      const report = await verifyProvider(options);
      expect(report.success).toBe(true);
      expect(ipv6.seen.map((s) => [s.url, s.headers.host])).toEqual([['/things/5', options.providerBaseUrl?.slice(7)]]);
    } finally {
      await ipv6.close();
    }
  });

  describe('pact-js environment filters', () => {
    const pact = () =>
      thingsPact([
        {
          description: 'get another thing',
          providerStates: [{ name: 'another thing' }],
          request: { method: 'GET', path: '/things/6' },
          response: { status: 200 },
        },
        { description: 'get the thing list', request: { method: 'GET', path: '/things' }, response: { status: 404 } },
      ]);
    const verified = async (env: Record<string, string>): Promise<string[]> => {
      Object.assign(process.env, env);
      try {
        const report = await verifyProvider(base(writePact('filtered.json', pact()), { requestFilter: auth }));
        expect(report.warnings[0]).toMatch(/^only interactions selected by PACT_/);
        return report.pacts[0].interactions.map((i) => i.description);
      } finally {
        for (const name of Object.keys(env)) delete process.env[name];
      }
    };

    it('PACT_DESCRIPTION selects by a regular expression on the description', async () => {
      expect(await verified({ PACT_DESCRIPTION: 'another|list$' })).toEqual([
        'get another thing',
        'get the thing list',
      ]);
    });

    it('PACT_PROVIDER_STATE selects by provider state, also with PACT_DESCRIPTION', async () => {
      expect(await verified({ PACT_PROVIDER_STATE: '^a thing' })).toEqual(['get a thing']);
      expect(await verified({ PACT_PROVIDER_STATE: 'thing', PACT_DESCRIPTION: 'another' })).toEqual([
        'get another thing',
      ]);
    });

    it('PACT_PROVIDER_NO_STATE selects interactions without provider states', async () => {
      expect(await verified({ PACT_PROVIDER_NO_STATE: 'true' })).toEqual(['get the thing list']);
    });

    it('an invalid regular expression is an option error naming the variable', async () => {
      process.env.PACT_DESCRIPTION = '(';
      try {
        const error = await verifyProvider(base(writePact('filtered.json', pact()))).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'TREATY_PROVIDER_INVALID_OPTIONS' });
        expect((error as Error).message).toContain('PACT_DESCRIPTION="(" is not a valid regular expression');
      } finally {
        delete process.env.PACT_DESCRIPTION;
      }
    });
  });

  it('fails when no pacts are found unless told otherwise', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await expect(verifyProvider(base(empty))).rejects.toMatchObject({ code: 'TREATY_PROVIDER_NO_PACTS' });
    await expect(verifyProvider(base(empty, { failIfNoPactsFound: false }))).resolves.toMatchObject({
      success: true,
      summary: { pacts: 0 },
    });
  });

  it('names a pact file that does not exist', async () => {
    await expect(verifyProvider(base(join(dir, 'missing.json')))).rejects.toMatchObject({
      code: 'TREATY_PROVIDER_PACT_READ_FAILED',
    });
  });
});

describe('reports', () => {
  it('writes JSON and JUnit reports to files', async () => {
    const json = join(dir, 'out', 'report.json');
    const junit = join(dir, 'out', 'junit.xml');
    const options = base(writePact('report.json', thingsPact()), {
      reporters: ['console', { type: 'json', outputFile: json }, { type: 'junit', outputFile: junit }],
    });
    await expect(verifyProvider(options)).rejects.toMatchObject({ code: 'TREATY_PROVIDER_VERIFICATION_FAILED' });
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.summary).toEqual({ pacts: 1, interactions: 1, passed: 0, failed: 1, pendingFailed: 0 });
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="web → things" tests="1" failures="1"');
    expect(xml).toContain('<testcase classname="web → things" name="given a thing exists: get a thing"');
    expect(xml).toMatch(/<failure message="[^"]+">/);
    expect(renderJunit(report)).toBe(xml.trimEnd());
    const debug = base(writePact('debug.json', thingsPact()), { logLevel: 'debug', requestFilter: auth });
    await verifyProvider(debug);
    expect(debug.output.text).toMatch(/✓ given a thing exists: get a thing {2}\[GET \/things\/5 → 200, [\d.]+ ms\]/);
    expect(options.output.text).toContain('FAIL things: 0 of 1 interactions passed, 1 failed');
  });
});

describe('pact-js compatible classes', () => {
  it('is what @treaty/pact exports as the pact-js drop-in', async () => {
    const pact = await import('@treaty/pact');
    expect(pact.Verifier).toBe(Verifier);
    expect(pact.MessageProviderPact).toBe(MessageProviderPact);
    expect(pact.providerWithMetadata).toBe(providerWithMetadata);
  });

  it('Verifier.verifyProvider resolves with the report', async () => {
    const verifier = new Verifier({ ...base(writePact('verifier.json', thingsPact())), requestFilter: auth });
    await expect(verifier.verifyProvider()).resolves.toMatchObject({ success: true, summary: { passed: 1 } });
  });

  it('MessageProviderPact verifies messages with metadata and message-style state handlers', async () => {
    const pact = {
      consumer: { name: 'worker' },
      provider: { name: 'things' },
      messages: [
        {
          description: 'a thing was made',
          providerStates: [{ name: 'a thing exists', params: { id: 3 } }],
          contents: { id: 3, name: 'three' },
          metadata: { topic: 'things' },
          matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } },
        },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const states: string[] = [];
    const verify = (name: string) =>
      new MessageProviderPact({
        provider: 'things',
        pactUrls: [writePact('messages.json', pact)],
        output: new TextSink(),
        stateHandlers: {
          'a thing exists': async (state, params) => void states.push(`${state} ${JSON.stringify(params)}`),
        },
        messageProviders: { 'a thing was made': providerWithMetadata(() => ({ id: 9, name }), { topic: 'things' }) },
      }).verify();
    await expect(verify('three')).resolves.toMatchObject({ success: true });
    expect(states).toEqual(['a thing exists {"id":3}']);
    const error = (await verify('four').catch((e: unknown) => e)) as {
      details: { report: import('@treaty/provider').VerificationReport };
    };
    expect(error.details.report.pacts[0].interactions[0].mismatches).toEqual([
      expect.objectContaining({ path: '$.name', expected: 'three', actual: 'four' }),
    ]);
  });

  it("satisfies a pact's metadata.contentType with a message produced without one, as pact-js does", async () => {
    const pact = {
      consumer: { name: 'worker' },
      provider: { name: 'things' },
      messages: [
        { description: 'a thing was counted', contents: { count: 1 }, metadata: { contentType: 'application/json' } },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    };
    const verify = (produce: import('@treaty/provider').MessageProvider) =>
      new MessageProviderPact({
        provider: 'things',
        pactUrls: [writePact('typed.json', pact)],
        output: new TextSink(),
        messageProviders: { 'a thing was counted': produce },
      }).verify();
    await expect(verify(() => ({ count: 1 }))).resolves.toMatchObject({ success: true });
    const error = (await verify(providerWithMetadata(() => ({ count: 1 }), { contentType: 'text/plain' })).catch(
      (e: unknown) => e,
    )) as {
      details: { report: import('@treaty/provider').VerificationReport };
    };
    expect(error.details.report.pacts[0].interactions[0].success).toBe(false);
  });

  it('verifies V4 synchronous messages: the provider answers the request message', async () => {
    const pact = {
      consumer: { name: 'worker' },
      provider: { name: 'things' },
      interactions: [
        {
          type: 'Synchronous/Messages',
          description: 'price request',
          providerStates: [],
          request: { contents: { content: { sku: 'A' }, contentType: 'application/json', encoded: false } },
          response: [
            {
              contents: { content: { sku: 'A', price: 1.5 }, contentType: 'application/json', encoded: false },
              matchingRules: { body: { '$.price': { combine: 'AND', matchers: [{ match: 'number' }] } } },
            },
          ],
        },
      ],
      metadata: { pactSpecification: { version: '4.0' } },
    };
    const seen: unknown[] = [];
    const report = await verifyProvider({
      provider: 'things',
      pactUrls: [writePact('sync-messages.json', pact)],
      output: new TextSink(),
      messageProviders: { 'price request': ({ request }) => (seen.push(request), { sku: 'A', price: 2.25 }) },
    });
    expect(report.summary).toMatchObject({ interactions: 1, passed: 1 });
    expect(seen).toEqual([{ sku: 'A' }]);
  });
});
