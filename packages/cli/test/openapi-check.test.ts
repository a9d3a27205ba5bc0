import { join } from 'node:path';
import { treatyInProcess as runTreaty } from './support/run-in-process';

jest.setTimeout(30_000);

const fixtures = join(__dirname, 'fixtures');
const pact = join(fixtures, 'contracts', 'web-app-users-api.json');

describe('treaty openapi check', () => {
  it('exits 0 when every interaction fits the document', async () => {
    const run = await runTreaty(['openapi', 'check', '--pact', pact, '--spec', join(fixtures, 'users-api.yaml')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('✓ web-app -> users-api: 3 interaction(s), 0 error(s)');
    expect(run.code).toBe(0);
  });

  it('exits 1 and names each problem with both locations when the document lacks what the pact uses', async () => {
    const run = await runTreaty(['openapi', 'check', '--pact', pact, '--spec', join(fixtures, 'users-api-without-email.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('response.status.unknown');
    expect(run.stdout).toContain('request.path-or-method.unknown');
    expect(run.stdout).toMatch(/"a request for user 1": .*email/);
    expect(run.stdout).toMatch(/✗ web-app -> users-api: 3 interaction\(s\), [1-9]\d* error\(s\)/);
  });

  it('prints the result as JSON with --output json', async () => {
    const run = await runTreaty(['openapi', 'check', '--pact', pact, '--spec', join(fixtures, 'users-api-without-email.yaml'), '--output', 'json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { ok: boolean; errors: { code: string }[] };
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.code)).toContain('response.body.unknown-field');
  });
});
