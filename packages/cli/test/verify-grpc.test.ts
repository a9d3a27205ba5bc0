import { join } from 'node:path';
import {
  inventoryStateHandlers,
  startInventoryServer,
  type RunningInventoryServer,
} from '@treaty-examples/grpc-provider';
import { runTreaty } from './support/run-treaty';

jest.setTimeout(60_000);

const pacts = join(__dirname, '..', '..', '..', 'examples', 'grpc-consumer', 'pacts');
const servers: RunningInventoryServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function start(broken?: 'no-warehouse'): Promise<RunningInventoryServer> {
  const server = await startInventoryServer({ broken });
  inventoryStateHandlers(server.store)['SKU A-100 is in stock']();
  servers.push(server);
  return server;
}

describe('treaty verify --transports grpc:<port>', () => {
  it('replays the gRPC interactions against the provider', async () => {
    const server = await start();
    const run = await runTreaty(['verify', pacts, '--transports', `grpc:${server.port}`]);
    expect(run.stdout).toContain('PASS inventory-service: 3 of 3 interactions passed');
    expect(run.code).toBe(0);
  });

  it('fails a broken provider with the field, the rule and exit 1', async () => {
    const server = await start('no-warehouse');
    const run = await runTreaty(['verify', pacts, '--transports', `grpc:${server.port}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('$.warehouse');
    expect(run.stdout).toContain('[regex]');
  });

  it('says how to give the gRPC port when it is missing, with exit 2', async () => {
    const run = await runTreaty(['verify', pacts]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--transports grpc:<port>');
  });
});
