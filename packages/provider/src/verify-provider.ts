import { isOpenApiSpec, loadOpenApi, type OpenApiSpec } from '@treaty/openapi';
import type { AsyncApiSpec } from '@treaty/openapi/asyncapi';
import type { BrokerClient } from '@treaty/broker-client';
import { recordProviderVersion, publishPactResult } from './broker/publish-results';
import { brokerClientFor, collectPacts } from './collect-pacts';
import { customHeaderMap, type VerificationContext } from './context';
import { providerErrors } from './errors';
import { ProviderClient } from './http-client';
import type { PactSource } from './pact-sources';
import { createReporters } from './reporters/create-reporters';
import type { Reporter } from './reporters/reporter';
import { describeFilter, filterFromEnv } from './interaction-filter';
import { checkOptions } from './options';
import type { PactResult, VerificationReport, VerifierOptions } from './types';
import { startGrpcClient } from './verify-grpc-interaction';
import { verifyPact } from './verify-pact';
import { waitForProvider } from './wait-for-provider';

const DEFAULT_TIMEOUT_MS = 30_000;

async function loadSpec(openapi: VerifierOptions['openapi']): Promise<OpenApiSpec | undefined> {
  if (openapi === undefined) return undefined;
  return isOpenApiSpec(openapi) ? openapi : loadOpenApi(openapi);
}

async function loadAsyncSpec(asyncapi: VerifierOptions['asyncapi']): Promise<AsyncApiSpec | undefined> {
  if (asyncapi === undefined) return undefined;
  // Loaded only when asked for: most verifications have no AsyncAPI document.
  const { isAsyncApiSpec, loadAsyncApi } = await import('@treaty/openapi/asyncapi');
  return isAsyncApiSpec(asyncapi) ? asyncapi : loadAsyncApi(asyncapi);
}

function summarise(provider: string, startedAt: Date, pacts: PactResult[], warnings: string[]): VerificationReport {
  const all = pacts.flatMap((p) => p.interactions);
  const failed = all.filter((i) => !i.success && !i.pending).length;
  const summary = {
    pacts: pacts.length,
    interactions: all.length,
    passed: all.filter((i) => i.success).length,
    failed,
    pendingFailed: all.filter((i) => !i.success && i.pending).length,
  };
  return {
    provider,
    success: failed === 0,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    pacts,
    summary,
    warnings,
  };
}

async function startClient(
  options: VerifierOptions,
  sources: PactSource[],
  timeoutMs: number,
): Promise<ProviderClient | undefined> {
  const needsHttp = sources.some((s) => s.pact.interactions.some((i) => i.type === 'Synchronous/HTTP'));
  if (!needsHttp) return undefined;
  if (!options.providerBaseUrl) {
    throw providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([
      'providerBaseUrl is not set but the pacts have HTTP interactions',
      'Start the provider and pass its URL',
    ]);
  }
  await waitForProvider(options.providerBaseUrl, timeoutMs);
  return new ProviderClient(options.providerBaseUrl, { disableSslVerification: options.disableSslVerification });
}

/**
 * Verify a provider against its consumers' pacts (files, URLs or a Pact Broker), and optionally its OpenAPI document;
 * publish the results to the broker when asked.
 * @example const report = await verifyProvider({ provider: 'orders-api', providerBaseUrl: url, pactUrls: ['./pacts']
 *   });
 * @throws TreatyError TREATY_PROVIDER_VERIFICATION_FAILED (with `details.report`) when a non-pending interaction fails;
 *   TREATY_PROVIDER_INVALID_OPTIONS, TREATY_PROVIDER_NO_PACTS, TREATY_PROVIDER_NOT_REACHABLE, or a
 *   TREATY_BROKER_CLIENT_* error before verifying
 */
export async function verifyProvider(input: VerifierOptions): Promise<VerificationReport> {
  const optionWarnings: string[] = [];
  const options = checkOptions(input, (message) => optionWarnings.push(message));
  const run = await prepare(options, optionWarnings);
  const results: PactResult[] = [];
  try {
    if (run.publish) await recordVersion(run);
    for (const source of run.sources) results.push(await verifyAndPublish(run, source));
  } finally {
    run.ctx.client?.close();
    run.ctx.grpc?.close();
  }
  const report = summarise(run.provider, run.startedAt, results, run.warnings);
  for (const reporter of run.reporters) await reporter.onEnd?.(report);
  if (!report.success) {
    const { failed, interactions } = report.summary;
    throw providerErrors.TREATY_PROVIDER_VERIFICATION_FAILED(
      [run.provider, `${failed} of ${interactions} interactions failed`],
      { report },
    );
  }
  return report;
}

/** One verification run: its context, pacts, reporters and where results go. */
interface Run {
  ctx: VerificationContext;
  sources: PactSource[];
  provider: string;
  reporters: Reporter[];
  broker?: BrokerClient;
  publish: boolean;
  startedAt: Date;
  warnings: string[];
}

async function prepare(options: Readonly<VerifierOptions>, optionWarnings: string[]): Promise<Run> {
  const startedAt = new Date();
  const warnings: string[] = [...optionWarnings];
  const warn = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const filter = filterFromEnv();
  if (filter) warn(describeFilter(filter));
  const reporters = createReporters(options);
  const broker = brokerClientFor(options, timeoutMs);
  const spec = await loadSpec(options.openapi);
  const asyncapi = await loadAsyncSpec(options.asyncapi);
  const sources = await collectPacts(options, broker, warn);
  const provider = options.provider ?? sources[0]?.pact.provider.name ?? 'provider';
  if (sources.length === 0 && options.failIfNoPactsFound !== false) {
    throw providerErrors.TREATY_PROVIDER_NO_PACTS([
      provider,
      options.pactUrls?.length ? ` in ${options.pactUrls.join(', ')}` : ` at ${options.pactBrokerUrl}`,
    ]);
  }
  const client = await startClient(options, sources, timeoutMs);
  const ctx: VerificationContext = {
    options,
    client,
    spec,
    asyncapi,
    timeoutMs,
    warn,
    filter,
    customHeaders: customHeaderMap(options.customProviderHeaders),
    states: {
      stateHandlers: options.stateHandlers,
      providerStatesSetupUrl: options.providerStatesSetupUrl,
      timeoutMs,
      warn,
    },
  };
  ctx.grpc = await startGrpcClient(options, sources, timeoutMs);
  const publish = options.publishVerificationResult === true && broker !== undefined;
  return { ctx, sources, provider, reporters, broker, publish, startedAt, warnings };
}

/** Record the provider version's branch and tags; a failure is a warning, as results may still publish. */
async function recordVersion(run: Run): Promise<void> {
  const { options } = run.ctx;
  try {
    await recordProviderVersion(run.broker as BrokerClient, {
      ...options,
      provider: run.provider,
      providerVersion: options.providerVersion as string,
    });
  } catch (error) {
    run.ctx.warn((error as Error).message);
  }
}

async function verifyAndPublish(run: Run, source: PactSource): Promise<PactResult> {
  const result = await verifyPact(run.ctx, source);
  if (run.publish)
    result.published = await publishPactResult(run.broker as BrokerClient, run.ctx.options, source, result);
  if (result.published && !result.published.ok)
    run.ctx.warn(`results for ${result.consumer} were not published: ${result.published.error}`);
  for (const reporter of run.reporters) reporter.onPactEnd?.(result);
  return result;
}
