import type * as protobuf from 'protobufjs';
import { matchMessageContents, type MatchResult, type Message, type Mismatch } from '@treaty/core';
import { decodeMessage } from './codec';
import { messageOf } from './descriptors';
import { grpcErrors } from './errors';
import { contentBytes } from './grpc-pact';

/** Metadata keys that describe the transport rather than the call: never compared as headers. */
const TRANSPORT_KEYS = new Set([
  'contenttype',
  'content-type',
  'grpc-status',
  'grpc-message',
  'grpc-status-details-bin',
]);

/** The part of a message's metadata that is matched as gRPC metadata (request headers, response trailers). */
export function callMetadata(metadata: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata ?? {}))
    if (!TRANSPORT_KEYS.has(key.toLowerCase())) out[key] = value;
  return out;
}

// The pact's messages never change during a run: decode each once (the mock server and the verifier match many times).
const expectedCache = new WeakMap<Message, Record<string, unknown>>();

function decodeExpected(
  expected: Message,
  type: protobuf.Type,
  part: string,
  interaction: string,
): Record<string, unknown> {
  let value = expectedCache.get(expected);
  if (value) return value;
  try {
    value = decodeMessage(type, contentBytes(expected));
  } catch (error) {
    throw grpcErrors.TREATY_GRPC_DECODE_FAILED(
      [`expected ${part}`, interaction, type.fullName.slice(1), messageOf(error)],
      { interaction },
      error,
    );
  }
  expectedCache.set(expected, value);
  return value;
}

/** What to match: the pact's expected message and what went over the wire. */
export interface GrpcMatchInput {
  expected: Message;
  type: protobuf.Type;
  actual: Uint8Array;
  /** gRPC metadata received (request headers on the mock server side). Not compared when undefined. */
  actualMetadata?: Record<string, unknown>;
  part: 'request' | 'response' | 'message';
  interaction: string;
}

/**
 * Decode the pact's expected message with its descriptors and match the decoded actual message against it,
 * applying the pact's rules at the decoded field paths (`$.rectangle.length`).
 * @throws TreatyError TREATY_GRPC_DECODE_FAILED when the pact's own contents do not decode
 */
export function matchGrpcMessage(input: GrpcMatchInput): MatchResult {
  const { expected, type, part, interaction } = input;
  const expectedValue = decodeExpected(expected, type, part, interaction);
  let actualValue: Record<string, unknown>;
  try {
    actualValue = decodeMessage(type, input.actual, true);
  } catch (error) {
    const mismatch: Mismatch = {
      type: 'bodyType',
      path: '$',
      expected: type.fullName.slice(1),
      actual: `${input.actual.length} bytes`,
      message:
        `Expected the ${part} to be a ${type.fullName.slice(1)} message, but it does not decode as one ` +
        `(${messageOf(error)})`,
    };
    return { ok: false, mismatches: [mismatch] };
  }
  const metadataExpected = input.actualMetadata === undefined ? {} : callMetadata(expected.metadata);
  return matchMessageContents(
    {
      contents: { content: expectedValue, contentType: 'application/json' },
      metadata: metadataExpected,
      ...(expected.matchingRules ? { matchingRules: expected.matchingRules } : {}),
    },
    { contents: { content: actualValue, contentType: 'application/json' }, metadata: input.actualMetadata ?? {} },
  );
}
