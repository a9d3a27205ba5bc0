import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treatyInProcess as runTreaty } from './support/run-in-process';

jest.setTimeout(30_000);

const fixtures = join(__dirname, 'fixtures');
const pact = join(fixtures, 'contracts', 'web-app-users-api.json');
const dir = mkdtempSync(join(tmpdir(), 'treaty-contract-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('treaty openapi check', () => {
  it('exits 0 when every interaction fits the document', async () => {
    const run = await runTreaty(['openapi', 'check', '--pact', pact, '--spec', join(fixtures, 'users-api.yaml')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('✓ web-app -> users-api: 3 interaction(s), 0 error(s)');
    expect(run.code).toBe(0);
  });

  it('exits 1 and names each problem with both locations when the document lacks what the pact uses', async () => {
    const run = await runTreaty([
      'openapi',
      'check',
      '--pact',
      pact,
      '--spec',
      join(fixtures, 'users-api-without-email.yaml'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('response.status.unknown');
    expect(run.stdout).toContain('request.path-or-method.unknown');
    expect(run.stdout).toMatch(/"a request for user 1": .*email/);
    expect(run.stdout).toMatch(/✗ web-app -> users-api: 3 interaction\(s\), [1-9]\d* error\(s\)/);
  });

  it('prints the result as JSON with --output json', async () => {
    const run = await runTreaty([
      'openapi',
      'check',
      '--pact',
      pact,
      '--spec',
      join(fixtures, 'users-api-without-email.yaml'),
      '--output',
      'json',
    ]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { ok: boolean; errors: { code: string }[] };
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.code)).toContain('response.body.unknown-field');
  });
});

describe('treaty contract check', () => {
  const behaviours = join(__dirname, '..', '..', 'openapi', 'test', 'fixtures', 'behaviours');

  it('reads an AsyncAPI document, says so, and checks the message pact against it', async () => {
    const dir = join(behaviours, 'asyncapi3-request-reply');
    const run = await runTreaty([
      'contract',
      'check',
      '--pact',
      join(dir, 'pact.json'),
      '--spec',
      join(dir, 'spec.yaml'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[message.reply.missing] "an operation without a reply"');
    expect(run.stdout).toMatch(
      /✗ shop -> orders: 4 interaction\(s\), 3 error\(s\), 0 warning\(s\) against .*spec\.yaml \(AsyncAPI 3\.0\.0\)/,
    );
  });

  it('tells the kind in JSON output and keeps the result shape', async () => {
    const dir = join(behaviours, 'swagger2-produces');
    const run = await runTreaty([
      'contract',
      'check',
      '--pact',
      join(dir, 'pact.json'),
      '--spec',
      join(dir, 'spec.yaml'),
      '--output',
      'json',
    ]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      ok: boolean;
      errors: Array<{ code: string; interaction: { index: number } }>;
      contract: unknown;
    };
    expect(result.contract).toEqual({ kind: 'openapi', version: '2.0' });
    expect(result.errors.map((e) => [e.interaction.index, e.code])).toEqual([[1, 'request.accept.incompatible']]);
  });

  it('reports malformed interactions one by one instead of refusing the pact', async () => {
    const dir = join(behaviours, 'throws-become-findings');
    const run = await runTreaty([
      'openapi',
      'check',
      '--pact',
      join(dir, 'pact.json'),
      '--spec',
      join(dir, 'spec.yaml'),
    ]);
    expect(run.stdout).toContain('[interaction.unreadable]');
    expect(run.stdout).toContain('[request.path-or-method.unknown] "still checked after all that"');
    expect(run.code).toBe(1);
  });

  it('skips the request checks of negative tests unless --check-error-requests', async () => {
    const dir = join(behaviours, 'negative-tests');
    const args = [
      'contract',
      'check',
      '--pact',
      join(dir, 'pact.json'),
      '--spec',
      join(dir, 'spec.yaml'),
      '--output',
      'json',
    ];
    const codes = async (extra: string[]) =>
      (
        JSON.parse((await runTreaty([...args, ...extra])).stdout) as {
          errors: Array<{ code: string; interaction: { index: number } }>;
        }
      ).errors.map((e) => [e.interaction.index, e.code]);
    expect(await codes([])).toEqual([
      [1, 'request.body.incompatible'],
      [2, 'request.content-type.incompatible'],
    ]);
    expect(await codes(['--check-error-requests'])).toEqual([
      [0, 'request.header.missing'],
      [0, 'request.body.incompatible'],
      [1, 'request.body.incompatible'],
      [2, 'request.header.missing'],
      [2, 'request.content-type.incompatible'],
    ]);
  });

  it('refuses a document that is neither OpenAPI nor AsyncAPI with exit code 2', async () => {
    const run = await runTreaty([
      'contract',
      'check',
      '--pact',
      pact,
      '--spec',
      join(fixtures, 'contracts', 'web-app-users-api.json'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('neither OpenAPI');
  });
});

describe('treaty contract check with an OpenAPI and an AsyncAPI document', () => {
  const behaviours = join(__dirname, '..', '..', 'openapi', 'test', 'fixtures', 'behaviours');
  const openapi = join(fixtures, 'users-api.yaml');
  const asyncapi = join(behaviours, 'asyncapi3-messages', 'spec.yaml');

  it('checks HTTP interactions against one and messages against the other', async () => {
    const mixed = join(dir, 'mixed.json');
    const http = JSON.parse(readFileSync(pact, 'utf8')) as { interactions: unknown[] };
    const messages = JSON.parse(readFileSync(join(behaviours, 'asyncapi3-messages', 'pact.json'), 'utf8')) as {
      interactions: unknown[];
    };
    const v4Http = http.interactions.map((i) => ({ type: 'Synchronous/HTTP', ...(i as object) }));
    writeFileSync(
      mixed,
      JSON.stringify({
        consumer: { name: 'web-app' },
        provider: { name: 'users-api' },
        interactions: [...v4Http, messages.interactions[0], messages.interactions[2]],
        metadata: { pactSpecification: { version: '4.0' } },
      }),
    );
    const run = await runTreaty([
      'contract',
      'check',
      '--pact',
      mixed,
      '--spec',
      openapi,
      '--spec',
      asyncapi,
      '--output',
      'json',
    ]);
    const result = JSON.parse(run.stdout) as {
      errors: Array<{ code: string; interaction: { index: number } }>;
      contract: unknown;
    };
    expect(result.contract).toEqual([
      { kind: 'openapi', version: '3.0' },
      { kind: 'asyncapi', version: '3.0.0' },
    ]);
    expect(result.errors.map((e) => [e.interaction.index, e.code])).toEqual([[4, 'message.payload.incompatible']]);
    expect(run.code).toBe(1);
  });

  it('refuses two documents of one kind', async () => {
    const run = await runTreaty(['contract', 'check', '--pact', pact, '--spec', openapi, '--spec', openapi]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give one OpenAPI and/or one AsyncAPI document');
  });
});
