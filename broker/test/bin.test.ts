import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnBroker, type BrokerProcess } from './support/broker-process';
import { publishBody, samplePact } from './support/fixtures';
import { callUrl } from './support/http-broker';

jest.setTimeout(60_000);

describe('treaty-broker bin', () => {
  let dir: string;
  let broker: BrokerProcess | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'treaty-bin-'));
  });
  afterEach(async () => {
    await broker?.stop('SIGKILL');
    broker = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'starts on --port 0 with a SQLite file and tokens, ' + 'prints its URL and shuts down gracefully on SIGTERM',
    async () => {
      broker = await spawnBroker(['--port', '0', '--database', join(dir, 'a.db'), '--token', 'w', '--read-token', 'r']);
      expect(broker.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await callUrl(broker.url, 'GET', '/diagnostic/status/heartbeat')).status).toBe(200);
      expect((await callUrl(broker.url, 'GET', '/pacticipants')).status).toBe(401);
      expect(
        (
          await callUrl(broker.url, 'POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]), {
            authorization: 'Bearer r',
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await callUrl(broker.url, 'POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]), {
            authorization: 'Bearer w',
          })
        ).status,
      ).toBe(200);
      expect(await broker.stop('SIGTERM')).toBe(0);
      expect(broker.output()).toContain('Received SIGTERM: closing the broker');
    },
  );

  it('reads env vars (PORT, TREATY_BROKER_BASIC_AUTH, public read) and keeps data across restarts', async () => {
    const env = {
      PORT: '0',
      TREATY_BROKER_DATABASE: join(dir, 'b.db'),
      TREATY_BROKER_BASIC_AUTH: 'admin:pw',
      TREATY_BROKER_PUBLIC_READ: 'true',
    };
    broker = await spawnBroker([], env);
    const auth = { authorization: `Basic ${Buffer.from('admin:pw').toString('base64')}` };
    expect(
      (await callUrl(broker.url, 'POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]), auth)).status,
    ).toBe(200);
    expect(await broker.stop('SIGINT')).toBe(0);
    broker = await spawnBroker([], env);
    expect((await callUrl(broker.url, 'GET', '/pacticipants/Web')).status).toBe(200);
  });

  it('exits 2 with the usage for an unknown option', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [join(__dirname, '..', 'bin', 'treaty-broker.js'), '--nope'],
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      ),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Failed to start broker: Unknown option '--nope'");
    expect(result.stderr).toContain('Usage: treaty-broker');
  });
});
