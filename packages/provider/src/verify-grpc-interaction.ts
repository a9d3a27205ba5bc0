import type {
  AsynchronousMessageInteraction,
  Message,
  Mismatch,
  Pact,
  SynchronousMessageInteraction,
} from '@treaty/core';
import {
  GrpcProviderClient,
  isGrpcInteraction,
  matchProtobufMessage,
  resolveGrpcInteraction,
  type GrpcReplayResult,
} from '@treaty/grpc';
import type { VerificationContext } from './context';
import { providerErrors } from './errors';
import type { PactSource } from './pact-sources';
import { applyRequestFilter } from './request-filter';
import type { VerifierOptions } from './types';

/**
 * Open the gRPC channel when the pacts have gRPC interactions, and wait for the provider.
 * @throws TreatyError TREATY_PROVIDER_INVALID_OPTIONS when no `grpc` transport is given;
 *   TREATY_PROVIDER_NOT_REACHABLE when the provider does not come up in time
 */
export async function startGrpcClient(
  options: VerifierOptions,
  sources: PactSource[],
  timeoutMs: number,
): Promise<GrpcProviderClient | undefined> {
  if (!sources.some((s) => s.pact.interactions.some(isGrpcInteraction))) return undefined;
  const transport = options.transports?.find((t) => t.protocol === 'grpc');
  if (!transport) {
    throw providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([
      'the pacts have gRPC interactions but transports has no grpc entry',
      "Pass transports: [{ protocol: 'grpc', port }] (treaty verify --transports grpc:<port>)",
    ]);
  }
  if (!Number.isInteger(transport.port) || transport.port < 1 || transport.port > 65535) {
    throw providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([
      `the grpc transport's port ${String(transport.port)} is not a port number`,
      "Pass transports: [{ protocol: 'grpc', port: 50051 }] with the port the gRPC server listens on",
    ]);
  }
  const host = transport.host ?? '127.0.0.1';
  const client = new GrpcProviderClient({ host, port: transport.port, timeoutMs });
  try {
    await client.waitForReady(timeoutMs);
  } catch (error) {
    client.close();
    throw providerErrors.TREATY_PROVIDER_NOT_REACHABLE([
      `grpc://${host}:${transport.port}`,
      timeoutMs,
      (error as Error).message,
    ]);
  }
  return client;
}

async function filteredMetadata(ctx: VerificationContext, path: string): Promise<Record<string, unknown>> {
  const headers: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(ctx.customHeaders)) headers[name.toLowerCase()] = [...values];
  if (!ctx.options.requestFilter) return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.join(', ')]));
  const { request } = await applyRequestFilter(
    ctx.options.requestFilter,
    { method: 'POST', path, headers, body: undefined },
    '',
    ctx.timeoutMs,
  );
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  return out;
}

/**
 * Replay one gRPC interaction against the provider: custom headers and the request filter become call metadata, and
 * values the provider states returned feed the request's generators.
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction when its descriptors, service or method are wrong
 */
export async function sendGrpcInteraction(
  ctx: VerificationContext,
  pact: Pact,
  interaction: SynchronousMessageInteraction,
  stateValues: Record<string, unknown> = {},
): Promise<GrpcReplayResult> {
  if (!ctx.grpc) throw new Error('no gRPC transport is open');
  const { method } = resolveGrpcInteraction(pact, interaction);
  const metadata = await filteredMetadata(ctx, method.path);
  return ctx.grpc.replay(pact, interaction, metadata, { providerState: stateValues });
}

/**
 * Judge the bytes a message provider produced for a protobuf message interaction, decoded with the pact's descriptors.
 * @throws TreatyError (TREATY_GRPC_*) naming the interaction when its descriptors or message type are wrong
 */
export function judgeProtobufMessage(
  pact: Pact,
  interaction: AsynchronousMessageInteraction,
  actual: Message,
): Mismatch[] {
  const body = actual.contents;
  const bytes =
    body?.encoded === 'base64'
      ? Buffer.from(String(body.content), 'base64')
      : Buffer.from(typeof body?.content === 'string' ? body.content : '');
  return matchProtobufMessage(pact, interaction, bytes).mismatches;
}
