import { acquireServer, closeIdleServers, releaseServer } from './server-pool';

afterAll(() => closeIdleServers());

describe('the mock server pool', () => {
  it('hands a released port-0 server to the next test, answering with the new handler', async () => {
    const first = await acquireServer('127.0.0.1', 0);
    first.setHandler((_req, res) => res.end('first'));
    expect(await (await fetch(`http://127.0.0.1:${first.port}/`)).text()).toBe('first');
    await releaseServer('127.0.0.1', 0, first);

    const second = await acquireServer('127.0.0.1', 0);
    expect(second).toBe(first);
    second.setHandler((_req, res) => res.end('second'));
    expect(await (await fetch(`http://127.0.0.1:${second.port}/`)).text()).toBe('second');
    await releaseServer('127.0.0.1', 0, second);
  });

  it('answers requests after a test ended with a 500 that says so', async () => {
    const server = await acquireServer('127.0.0.1', 0);
    await releaseServer('127.0.0.1', 0, server);
    const response = await fetch(`http://127.0.0.1:${server.port}/late`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('this test has ended');
  });

  it('closes a server on a fixed port instead of pooling it', async () => {
    const probe = await acquireServer('127.0.0.1', 0);
    const port = probe.port;
    await releaseServer('127.0.0.1', 0, probe);
    closeIdleServers();
    await new Promise((resolve) => probe.server.once('close', resolve));
    const fixed = await acquireServer('127.0.0.1', port);
    expect(fixed.port).toBe(port);
    await releaseServer('127.0.0.1', port, fixed);
    expect(fixed.server.listening).toBe(false);
  });

  it('fails with TREATY_CONSUMER_MOCK_START when the port is taken', async () => {
    const taken = await acquireServer('127.0.0.1', 0);
    await expect(acquireServer('127.0.0.1', taken.port)).rejects.toMatchObject({ code: 'TREATY_CONSUMER_MOCK_START' });
    await releaseServer('127.0.0.1', 0, taken);
  });
});
