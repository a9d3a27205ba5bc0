import * as grpc from '@grpc/grpc-js';
import { formatMismatches, type Pact } from '@treaty/core';
import { grpcErrors } from './errors';
import { allMethods, isGrpcInteraction, resolveGrpcInteraction, type ResolvedGrpcInteraction } from './grpc-pact';
import { methodHandler, undescribedMethodHandler, type MockLedger, type MockMismatch } from './mock-handlers';

/** Options of {@link startGrpcMockServer}. */
export interface GrpcMockServerOptions {
  /** The pact whose gRPC interactions the server plays. */
  pact: Pact;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
}

/** A running in-process gRPC mock server. */
export interface GrpcMockServer {
  host: string;
  port: number;
  /** `host:port`, what a grpc-js client takes. */
  address: string;
  /** Calls no interaction matched so far. */
  mismatches(): MockMismatch[];
  /** The interactions no call matched so far. */
  unmatched(): string[];
  /**
   * Check that every interaction was called and no call mismatched.
   * @throws TreatyError TREATY_GRPC_MOCK_MISMATCH with a readable report
   */
  verify(): void;
  close(): Promise<void>;
}

function groupByPath(interactions: ResolvedGrpcInteraction[]): Map<string, ResolvedGrpcInteraction[]> {
  const byPath = new Map<string, ResolvedGrpcInteraction[]>();
  for (const resolved of interactions)
    byPath.set(resolved.method.path, [...(byPath.get(resolved.method.path) ?? []), resolved]);
  return byPath;
}

function bind(server: grpc.Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, port) =>
      error ? reject(error) : resolve(port),
    );
  });
}

function report(ledger: MockLedger, all: ResolvedGrpcInteraction[]): string {
  const parts = ledger.mismatches.map((miss) =>
    formatMismatches(miss.mismatches, { interaction: `${miss.interaction} (${miss.path})` }),
  );
  const missing = all
    .filter((r) => !ledger.matched.has(r))
    .map((r) => `  - "${r.interaction.description}" (${r.method.path})`);
  if (missing.length > 0) parts.push(`Interactions never called:\n${missing.join('\n')}`);
  return parts.join('\n\n');
}

/**
 * Start a gRPC server that answers as the pact's gRPC interactions describe (unary and streaming calls),
 * matching each request, its metadata included, with the pact's rules.
 * @example
 * const mock = await startGrpcMockServer({ pact });
 * // ... call mock.address with a grpc-js client ...
 * mock.verify();
 * await mock.close();
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction when its descriptors, service or method are wrong
 */
export async function startGrpcMockServer(options: GrpcMockServerOptions): Promise<GrpcMockServer> {
  const all = options.pact.interactions.filter(isGrpcInteraction).map((i) => resolveGrpcInteraction(options.pact, i));
  const ledger: MockLedger = { matched: new Set(), mismatches: [] };
  const server = new grpc.Server();
  const identity = (value: Buffer): Buffer => value;
  const described = groupByPath(all);
  for (const [path, candidates] of described) {
    const { handler, type } = methodHandler(ledger, candidates);
    server.register(path, handler, identity, identity, type);
  }
  // Methods the descriptors have but no interaction describes: a call to one is reported, not just refused.
  for (const root of new Set(all.map((r) => r.descriptors.root))) {
    for (const other of allMethods(root).filter((m) => !described.has(m.path))) {
      const { handler, type } = undescribedMethodHandler(ledger, other);
      server.register(other.path, handler, identity, identity, type);
    }
  }
  const host = options.host ?? '127.0.0.1';
  const port = await bind(server, `${host}:${options.port ?? 0}`);
  return {
    host,
    port,
    address: `${host}:${port}`,
    mismatches: () => [...ledger.mismatches],
    unmatched: () => all.filter((r) => !ledger.matched.has(r)).map((r) => r.interaction.description),
    verify() {
      if (ledger.mismatches.length === 0 && ledger.matched.size === all.length) return;
      const count =
        `${ledger.mismatches.length} call(s) did not match and ${all.length - ledger.matched.size} ` +
        `interaction(s) were never called`;
      const error = grpcErrors.TREATY_GRPC_MOCK_MISMATCH([count], { report: report(ledger, all) });
      // The report goes into the message as well: it is what a test runner prints.
      error.message += `\n\n${report(ledger, all)}\n`;
      throw error;
    },
    close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
}
