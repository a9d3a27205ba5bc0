import { loadBroker } from './broker';

function notFound(message: string, code = 'ERR_MODULE_NOT_FOUND'): Error {
  return Object.assign(new Error(message), { code });
}

describe('loadBroker', () => {
  it('says how to install @treaty/broker when it is missing', async () => {
    const load = () =>
      Promise.reject(notFound("Cannot find package '@treaty/broker' imported from /x/cli/dist/commands/broker.js"));
    await expect(loadBroker(load)).rejects.toMatchObject({
      code: 'TREATY_CLI_BROKER_NOT_INSTALLED',
      message: 'Failed to start the broker: @treaty/broker is not installed. Run npm install @treaty/broker.',
    });
  });

  it('passes on other failures, such as a missing module inside the broker', async () => {
    const inner = notFound("Cannot find module 'better-sqlite3'", 'MODULE_NOT_FOUND');
    await expect(loadBroker(() => Promise.reject(inner))).rejects.toBe(inner);
    const client = notFound("Cannot find package '@treaty/broker-client'");
    await expect(loadBroker(() => Promise.reject(client))).rejects.toBe(client);
  });

  it('loads the installed broker', async () => {
    await expect(loadBroker()).resolves.toHaveProperty('startBroker', expect.any(Function));
  });
});
