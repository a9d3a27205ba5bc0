import * as grpc from '@grpc/grpc-js';
import {
  matchMessageContents,
  type GeneratorContext,
  type Message,
  type Mismatch,
  type Pact,
  type SynchronousMessageInteraction,
} from '@treaty/core';
import { callMethod, toMetadata, type GrpcCallResult } from './call-provider';
import { generateGrpcRequest } from './generate-request';
import { resolveGrpcInteraction, type ResolvedGrpcInteraction } from './grpc-pact';
import { expectedStatus, statusName } from './grpc-status';
import { callMetadata, matchGrpcMessage } from './match-grpc';

/** Where the gRPC provider listens. */
export interface GrpcProviderOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  port: number;
  /** Deadline of each call in milliseconds (default 30 000). */
  timeoutMs?: number;
}

/** What replaying one interaction gave. */
export interface GrpcReplayResult {
  /** The gRPC path called (`/area_calculator.Calculator/calculateOne`). */
  path: string;
  call: GrpcCallResult;
  mismatches: Mismatch[];
}

function statusMismatch(
  expected: { code: number; message?: string } | undefined,
  actual: GrpcCallResult['status'],
): Mismatch[] {
  const wanted = expected?.code ?? 0;
  if (wanted === actual.code) return [];
  const got = `${statusName(actual.code)}${actual.details ? ` (${actual.details})` : ''}`;
  return [
    {
      type: 'status',
      path: 'grpc-status',
      expected: statusName(wanted),
      actual: statusName(actual.code),
      rule: 'grpc-status',
      message: `Expected gRPC status ${statusName(wanted)} but the provider answered ${got}`,
    },
  ];
}

/**
 * The response metadata the interaction expects (its `grpc-message` too when it expects an error status), matched
 * with its metadata rules, or by equality where it has none, as the plugin does.
 */
function responseMetadataMismatches(expected: Message | undefined, call: GrpcCallResult, failed: boolean): Mismatch[] {
  const wanted = callMetadata(expected?.metadata);
  const message = expected?.metadata?.['grpc-message'];
  if (failed && message !== undefined) wanted['grpc-message'] = message;
  const details = expected?.metadata?.['grpc-status-details-bin'];
  if (failed && details !== undefined) wanted['grpc-status-details-bin'] = details;
  if (Object.keys(wanted).length === 0) return [];
  const actual = failed ? { ...call.metadata, 'grpc-message': call.status.details } : call.metadata;
  const rules = expected?.matchingRules?.metadata;
  return matchMessageContents(
    { metadata: wanted, ...(rules ? { matchingRules: { metadata: rules } } : {}) },
    { metadata: actual },
  ).mismatches;
}

/** True when the interaction's response carries metadata to compare (headers, trailers, an error message). */
function expectsResponseMetadata(interaction: SynchronousMessageInteraction): boolean {
  const metadata = interaction.response[0]?.metadata;
  return (
    Object.keys(callMetadata(metadata)).length > 0 ||
    metadata?.['grpc-message'] !== undefined ||
    metadata?.['grpc-status-details-bin'] !== undefined
  );
}

/**
 * Judge a provider's answer against the interaction: the status first, then each response message decoded with
 * the pact's descriptors and matched with the pact's rules.
 */
export function judgeGrpcCall(resolved: ResolvedGrpcInteraction, call: GrpcCallResult): Mismatch[] {
  const { interaction, method } = resolved;
  const expected = interaction.response;
  const status = expectedStatus(expected[0]?.metadata);
  const mismatches = statusMismatch(status, call.status);
  if (mismatches.length > 0) return mismatches;
  mismatches.push(...responseMetadataMismatches(expected[0], call, status !== undefined));
  if (status) return mismatches;
  if (call.messages.length < expected.length) {
    mismatches.push({
      type: 'body',
      path: '$',
      expected: `${expected.length} response message(s)`,
      actual: `${call.messages.length}`,
      message: `Expected ${expected.length} response message(s) but the provider sent ${call.messages.length}`,
    });
  }
  expected.forEach((message, i) => {
    const actual = call.messages[i];
    if (!actual) return;
    const result = matchGrpcMessage({
      expected: message,
      type: method.responseType,
      actual,
      part: 'response',
      interaction: interaction.description,
    });
    const prefix = expected.length > 1 ? `response[${i}] ` : '';
    mismatches.push(...result.mismatches.map((m) => (prefix ? { ...m, message: `${prefix}${m.message}` } : m)));
  });
  return mismatches;
}

/**
 * Replays gRPC interactions against a running gRPC provider over one channel.
 * @example
 * const client = new GrpcProviderClient({ port: 50051 });
 * const { mismatches } = await client.replay(pact, interaction);
 * client.close();
 */
export class GrpcProviderClient {
  private readonly client: grpc.Client;
  private readonly timeoutMs: number;

  constructor(options: GrpcProviderOptions) {
    this.client = new grpc.Client(`${options.host ?? '127.0.0.1'}:${options.port}`, grpc.credentials.createInsecure());
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /**
   * Send an interaction's request (with its request metadata and `extraMetadata`, after its generators with
   * `context`) and judge the answer.
   * @throws TreatyError (TREATY_GRPC_*) naming the interaction when its descriptors, service or method are wrong
   */
  async replay(
    pact: Pact,
    interaction: SynchronousMessageInteraction,
    extraMetadata: Record<string, unknown> = {},
    context: GeneratorContext = {},
  ): Promise<GrpcReplayResult> {
    const resolved = resolveGrpcInteraction(pact, interaction);
    const request = generateGrpcRequest(resolved, context);
    const metadata = toMetadata({ ...callMetadata(request.metadata), ...extraMetadata });
    const call = await callMethod(
      this.client,
      resolved.method,
      request.bytes,
      metadata,
      this.timeoutMs,
      expectsResponseMetadata(interaction),
    );
    return { path: resolved.method.path, call, mismatches: judgeGrpcCall(resolved, call) };
  }

  /**
   * Wait until the provider accepts connections.
   * @throws Error when it does not within `timeoutMs`
   */
  waitForReady(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.waitForReady(Date.now() + timeoutMs, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Close the channel. */
  close(): void {
    this.client.close();
  }
}
