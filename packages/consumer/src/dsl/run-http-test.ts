import type { HttpInteraction } from '@treaty/core';
import { consumerErrors } from '../errors';
import { startMockServer } from '../mock-server/mock-server';
import { formatMockReport, reportOk, type MockReport } from '../mock-server/mock-report';
import { recordInteractions, type PactTarget } from '../pact-file/pact-registry';
import type { PactV4Options } from './pact-options';

/** The mock server handed to a test function (pact-js's `V3MockServer`/`V4MockServer`). */
export interface V3MockServer {
  port: number;
  url: string;
  id: string;
}
/** pact-js's V4 name of {@link V3MockServer}. */
export type V4MockServer = V3MockServer;

/**
 * Run a test function against a fresh mock server serving `interactions`; record them for the pact
 * file when the test passed and every interaction was exercised as expected.
 * @example await runHttpTest(opts, target, [interaction], async (server) => fetch(server.url + '/orders'))
 * @throws TREATY_CONSUMER_MOCK_MISMATCH when requests were missing, unexpected or mismatched; otherwise the test
 *   function's own error.
 */
export async function runHttpTest<T>(
  opts: PactV4Options,
  target: PactTarget,
  interactions: HttpInteraction[],
  testFn: (mockServer: V3MockServer) => Promise<T>,
): Promise<T | undefined> {
  const server = await startMockServer({ interactions, host: opts.host, port: opts.port, cors: opts.cors });
  let value: T | undefined;
  let failure: unknown;
  try {
    value = await testFn({ url: server.url, port: server.port, id: server.id });
  } catch (error) {
    failure = error;
  }
  const report = await server.stop();
  if (!reportOk(report)) throw mismatchError(report, interactions, failure);
  if (failure !== undefined) throw failure;
  recordInteractions(target, interactions);
  return value;
}

/**
 * The `TREATY_CONSUMER_MOCK_MISMATCH` error for a failed mock report, with the readable report in its message.
 * @example throw mismatchError(report, interactions, undefined)
 */
export function mismatchError(report: MockReport, interactions: HttpInteraction[], failure: unknown) {
  const summary =
    `${report.missing.length} expected request(s) missing, ` + `${report.unexpected.length} unexpected or mismatched`;
  const also =
    failure === undefined ? '' : `\n  The test function also failed: ${(failure as Error)?.message ?? String(failure)}`;
  const text = formatMockReport(report) + also;
  const error = consumerErrors.TREATY_CONSUMER_MOCK_MISMATCH(
    [summary],
    { interaction: interactions[0]?.description, report: text },
    failure,
  );
  // The catalogue keeps one sentence per code; the readable report goes under it.
  error.message = `${error.message}\n\n${text}`;
  return error;
}
