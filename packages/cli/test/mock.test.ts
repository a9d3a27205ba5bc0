import { join } from 'node:path';
import { createServer } from 'node:net';
import { runTreaty, startTreaty, type RunningTreaty } from './support/run-treaty';

jest.setTimeout(30_000);

const pact = join(__dirname, 'fixtures', 'contracts', 'web-app-users-api.json');
let mock: RunningTreaty;

beforeAll(async () => {
  mock = await startTreaty(['mock', pact, '--port', '0', '--cors']);
});
afterAll(async () => {
  const run = await mock.stop();
  expect(run.code).toBe(0);
});

describe('treaty mock <pact>', () => {
  it('prints the URL it listens on', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers a matching request with the interaction's response", async () => {
    const response = await fetch(`${mock.url}/users/1`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ id: 1, name: 'Ada', email: 'ada@example.com' });
  });

  it('matches request bodies', async () => {
    const created = await fetch(`${mock.url}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Grace' }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: 7, name: 'Grace' });
  });

  it('answers an unknown request with a 500 naming the closest interaction', async () => {
    const response = await fetch(`${mock.url}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 42 }),
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; closestInteraction: string; mismatches: unknown[] };
    expect(body.error).toBe('Treaty mock server: the request matched no interaction of this test');
    expect(body.closestInteraction).toBe('a request to create a user');
    expect(body.mismatches.length).toBeGreaterThan(0);
  });

  it("names the closest interaction by endpoint first, as the consumer's mock server does", async () => {
    const response = await fetch(`${mock.url}/users/3`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { closestInteraction: string };
    expect(body.closestInteraction).toBe('a request for user 1');
  });

  it('answers a path that is not valid percent-encoding with a 400 that says so', async () => {
    const response = await fetch(`${mock.url}/%E0`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/^Failed to match request: the path \/%E0 is not valid percent-encoding/);
  });

  it('answers CORS preflight requests with --cors', async () => {
    const response = await fetch(`${mock.url}/users/1`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.test', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.test');
  });

  it('says which port is taken, with exit code 2 and no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = await runTreaty(['mock', pact, '--port', String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Failed to start the mock server on 127.0.0.1:${port}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
