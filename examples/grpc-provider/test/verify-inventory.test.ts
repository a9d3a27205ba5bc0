import { join } from 'node:path';
import { verifyProvider, type VerificationReport } from '@treaty/provider';
import { inventoryStateHandlers, startInventoryServer, type BrokenMode } from '@treaty-examples/grpc-provider';

const pacts = join(__dirname, '..', '..', 'grpc-consumer', 'pacts');

async function verify(broken?: BrokenMode): Promise<{ report: VerificationReport; text: string }> {
  const server = await startInventoryServer({ broken });
  let text = '';
  try {
    const report = await verifyProvider({
      provider: 'inventory-service',
      pactUrls: [pacts],
      transports: [{ protocol: 'grpc', port: server.port }],
      stateHandlers: inventoryStateHandlers(server.store),
      output: { write: (t: string) => (text += t) },
    }).catch((error: { details?: { report?: VerificationReport } }) => {
      if (error.details?.report) return error.details.report;
      throw error;
    });
    return { report, text };
  } finally {
    await server.close();
  }
}

describe('the inventory service honours its consumers’ gRPC pact', () => {
  it('passes every interaction: unary, error status and server streaming', async () => {
    const { report } = await verify();
    expect(report.summary).toEqual({ pacts: 1, interactions: 3, passed: 3, failed: 0, pendingFailed: 0 });
  });

  it('fails, naming the field and the rule, when a release stops filling in the warehouse', async () => {
    const { report, text } = await verify('no-warehouse');
    expect(report.summary).toMatchObject({ interactions: 3, passed: 1, failed: 2 });
    expect(text).toContain('$.warehouse');
    expect(text).toContain("Expected 'WAREHOUSE_UNSPECIFIED' to match '^(NORTH|SOUTH)$'");
  });
});
