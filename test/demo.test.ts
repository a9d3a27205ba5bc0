import { spawn } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(180_000);

function runDemo(): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('PACT_BROKER_')) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, '..', 'scripts', 'demo.mjs')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm run demo', () => {
  it('runs the whole flow to the end: yes for the verified provider, no after the breaking change', async () => {
    const { code, output } = await runDemo();
    if (code !== 0) throw new Error(`demo exited with ${code}:\n${output}`);
    const commands = output
      .split('\n')
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.split(' ').slice(0, 3).join(' '));
    expect(commands).toEqual(
      expect.arrayContaining([
        '$ treaty broker',
        '$ treaty publish',
        '$ treaty verify',
        '$ treaty create-environment',
        '$ treaty record-deployment',
        '$ treaty can-i-deploy',
      ]),
    );
    expect(output).toMatch(/PASS orders-api: 8 of 8 interactions passed across 2 pacts/);
    expect(output).toMatch(/FAIL orders-api: .* failed across 2 pacts/);
    const verdicts = output
      .split('\n')
      .filter((line) => /Computer says/.test(line))
      .map((line) => line.trim());
    expect(verdicts[verdicts.length - 1]).toBe('❌ Computer says no ¯\\_(ツ)_/¯');
    expect(verdicts.slice(0, -1).every((v) => v === '✅ Computer says yes \\o/')).toBe(true);
    expect(output).toContain('Demo finished');
    expect(output).toMatch(/The broker's web UI was at http:\/\/127\.0\.0\.1:\d+\/; run npm run demo -- --keep/);
    expect(output).toMatch(/PASS inventory-service: 3 of 3 interactions passed across 1 pact/);
  });
});
