import { join } from 'node:path';
import { treatyInProcess as treaty } from './support/run-in-process';
import { startTestBroker, type TestBroker } from './support/test-broker';

let broker: TestBroker;
let env: Record<string, string>;

beforeAll(async () => {
  broker = await startTestBroker();
  env = { PACT_BROKER_BASE_URL: broker.url };
  const published = await treaty(
    ['publish', join(__dirname, 'fixtures', 'contracts'), '-a', '1.0.0', '--branch', 'main'],
    { env },
  );
  expect(published.code).toBe(0);
});
afterAll(() => broker.close());

describe('pacticipant commands against a real broker', () => {
  it('create-or-update-pacticipant creates, then updates only the given fields', async () => {
    const created = await treaty(
      [
        'create-or-update-pacticipant',
        '--name',
        'billing',
        '--main-branch',
        'trunk',
        '--repository-url',
        'https://git.example.com/billing',
      ],
      { env },
    );
    expect(created).toMatchObject({ code: 0, stdout: 'Pacticipant "billing" created\n', stderr: '' });
    const updated = await treaty(['create-or-update-pacticipant', '--name', 'billing', '--display-name', 'Billing'], {
      env,
    });
    expect(updated).toMatchObject({ code: 0, stdout: 'Pacticipant "billing" updated\n' });
    const described = await treaty(['describe-pacticipant', '--name', 'billing'], { env });
    expect(described.stdout).toMatch(
      new RegExp(
        /^Name: billing\nDisplay Name: Billing\nMain Branch: trunk\nRepo URL: /.source +
          /https:\/\/git\.example\.com\/billing\nCreated: \d{4}-.+\nUpdated: \d{4}-.+\n$/.source,
      ),
    );
  });

  it('describe-pacticipant -o json gives the resource; an unknown name suggests the closest ones', async () => {
    expect(
      JSON.parse((await treaty(['describe-pacticipant', '--name', 'web-app', '-o', 'json'], { env })).stdout),
    ).toMatchObject({ name: 'web-app' });
    const unknown = await treaty(['describe-pacticipant', '--name', 'web-ap'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'treaty: Failed to find pacticipant web-ap in the Pact Broker: ' +
        'it does not exist. Check the name (did you mean web-app?).\n',
    );
  });

  it('list-pacticipants shows a table of names', async () => {
    const run = await treaty(['list-pacticipants'], { env });
    expect(run.code).toBe(0);
    const names = run.stdout
      .split('\n')
      .slice(3)
      .filter((line) => line.startsWith('│'))
      .map((line) => line.slice(1).split('┆')[0].trim());
    // JSON-quoted, as the official table prints them.
    expect(names).toEqual(expect.arrayContaining(['"users-api"', '"web-app"']));
    expect(
      JSON.parse((await treaty(['list-pacticipants', '--output', 'json'], { env })).stdout).pacticipants.length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('can-i-deploy suggests the closest names for an unknown pacticipant (exit 1)', async () => {
    const run = await treaty(
      ['can-i-deploy', '--pacticipant', 'users-ap', '--version', '1', '--to-environment', 'production'],
      { env: { ...env } },
    );
    expect(run.code).toBe(1);
    const envRun = await treaty(['create-environment', '--name', 'production'], { env });
    expect(envRun.code).toBe(0);
    const again = await treaty(
      ['can-i-deploy', '--pacticipant', 'users-ap', '--version', '1', '--to-environment', 'production'],
      { env },
    );
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toContain(
      'Failed to find pacticipant users-ap in the Pact Broker: ' +
        'it does not exist. Check the name (did you mean users-api?).',
    );
  });
});

describe('version, tag and branch commands against a real broker', () => {
  it('create-or-update-version records a version with a branch and tags', async () => {
    const run = await treaty(
      ['create-or-update-version', '-a', 'web-app', '-e', '2.0.0', '--branch', 'feat/x', '-t', 'dev', '-t', 'qa'],
      { env },
    );
    expect(run).toMatchObject({
      code: 0,
      stdout: 'Created or updated web-app version 2.0.0 with branch feat/x and tag(s) dev, qa\n',
    });
    const described = await treaty(['describe-version', '-a', 'web-app', '-e', '2.0.0'], { env });
    expect(described.stdout).toMatch(/^┌.*\n│ NAME\s+┆ TAGS\s+│\n╞.*\n│ 2\.0\.0 ┆ (dev, qa|qa, dev) │\n└.*\n$/);
  });

  it(
    'create-version-tag tags an existing version and ' + 'refuses an unknown one unless --auto-create-version',
    async () => {
      expect(await treaty(['create-version-tag', '-a', 'web-app', '-e', '1.0.0', '-t', 'prod'], { env })).toMatchObject(
        {
          code: 0,
          stdout: 'Tagged web-app version 1.0.0 with tag(s) prod\n',
        },
      );
      const unknown = await treaty(['create-version-tag', '-a', 'web-app', '-e', '9.9.9', '-t', 'prod'], { env });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Failed to find version 9.9.9 of web-app');
      expect(
        (
          await treaty(['create-version-tag', '-a', 'web-app', '-e', '9.9.9', '-t', 'prod', '--auto-create-version'], {
            env,
          })
        ).code,
      ).toBe(0);
      const latest = JSON.parse(
        (await treaty(['describe-version', '-a', 'web-app', '--latest', 'prod', '-o', 'json'], { env })).stdout,
      );
      expect(latest.number).toBe('9.9.9');
      const several = await treaty(['create-version-tag', '-a', 'web-app', '-e', '1.0.0', '-t', 'a', 'b', '-t', 'c'], {
        env,
      });
      expect(several).toMatchObject({ code: 0, stdout: 'Tagged web-app version 1.0.0 with tag(s) a, b, c\n' });
    },
  );

  it('delete-version-tag removes a tag; a missing tag is exit 1', async () => {
    await treaty(['create-version-tag', '-a', 'web-app', '-e', '1.0.0', '-t', 'gone'], { env });
    expect(await treaty(['delete-version-tag', '-a', 'web-app', '-e', '1.0.0', '-t', 'gone'], { env })).toMatchObject({
      code: 0,
      stdout: 'Deleted tag gone from web-app version 1.0.0\n',
    });
    expect((await treaty(['delete-version-tag', '-a', 'web-app', '-e', '1.0.0', '-t', 'gone'], { env })).code).toBe(1);
  });

  it('describe-version with no version describes the latest one', async () => {
    const run = await treaty(['describe-version', '-a', 'users-api', '-o', 'json'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Failed to find version latest of users-api');
    expect(JSON.parse((await treaty(['describe-version', '-a', 'web-app', '-o', 'json'], { env })).stdout).number).toBe(
      '9.9.9',
    );
  });

  it(
    'delete-branch deletes a branch; a missing one is reported, and is an error only with ' +
      '--error-when-not-found true',
    async () => {
      await treaty(['create-or-update-version', '-a', 'web-app', '-e', '3.0.0', '--branch', 'old'], { env });
      expect(await treaty(['delete-branch', '-a', 'web-app', '--branch', 'old'], { env })).toMatchObject({
        code: 0,
        stdout: 'Deleted branch old of pacticipant web-app\n',
      });
      expect(await treaty(['delete-branch', '-a', 'web-app', '--branch', 'old'], { env })).toMatchObject({
        code: 0,
        stdout: 'Could not delete branch old of pacticipant web-app as it was not found\n',
      });
      expect(
        (await treaty(['delete-branch', '-a', 'web-app', '--branch', 'old', '--error-when-not-found', 'true'], { env }))
          .code,
      ).toBe(1);
      expect(
        (await treaty(['delete-branch', '-a', 'web-app', '--branch', 'old', '--error-when-not-found'], { env })).code,
      ).toBe(1);
      expect(
        (await treaty(['delete-branch', '-a', 'web-app', '--branch', 'old', '--no-error-when-not-found'], { env }))
          .code,
      ).toBe(0);
    },
  );
});
