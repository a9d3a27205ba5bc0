import { join } from 'node:path';
import { treatyInProcess } from './support/run-in-process';
import { runTreaty } from './support/run-treaty';

jest.setTimeout(60_000);

const fixtures = join(__dirname, 'fixtures');
const commands = [
  ['broker'],
  ['publish'],
  ['verify'],
  ['can-i-deploy'],
  ['create-environment'],
  ['record-deployment'],
  ['record-undeployment'],
  ['record-release'],
  ['record-support-ended'],
  ['mock'],
  ['openapi', 'check'],
  ['list-latest-pact-versions'],
  ['get-pacts'],
  ['update-environment'],
  ['delete-environment'],
  ['describe-environment'],
  ['list-environments'],
  ['can-i-merge'],
  ['create-or-update-pacticipant'],
  ['describe-pacticipant'],
  ['list-pacticipants'],
  ['create-webhook'],
  ['create-or-update-webhook'],
  ['delete-webhook'],
  ['test-webhook'],
  ['delete-branch'],
  ['create-version-tag'],
  ['delete-version-tag'],
  ['describe-version'],
  ['create-or-update-version'],
  ['generate-uuid'],
  ['provider-states', 'list'],
  ['publish-provider-contract'],
  ['version'],
];

describe('treaty --help', () => {
  it('lists every command and the exit codes', async () => {
    const run = await runTreaty(['--help']);
    expect(run.code).toBe(0);
    for (const [name] of commands) expect(run.stdout).toContain(name);
    expect(run.stdout).toContain('Exit codes:');
  });

  it.each(commands)('%s --help shows examples', async (...names) => {
    const run = await treatyInProcess([...names, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(`$ treaty ${names.join(' ')}`);
  });

  it('prints the version', async () => {
    const run = await runTreaty(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});

describe('colour', () => {
  const args = [
    'openapi',
    'check',
    '--pact',
    join(fixtures, 'contracts', 'web-app-users-api.json'),
    '--spec',
    join(fixtures, 'users-api.yaml'),
  ];

  it('is off when writing to a pipe or NO_COLOR is set', async () => {
    const run = await treatyInProcess(args);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('is on when forced', async () => {
    const run = await treatyInProcess(args, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('\u001b[32m✓');
  });
});
