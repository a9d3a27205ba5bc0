import * as grpc from '@grpc/grpc-js';
import type { Mismatch } from '@treaty/core';
import { plainMetadata, toMetadata } from './call-provider';
import { contentBytes, type GrpcMethod, type ResolvedGrpcInteraction } from './grpc-pact';
import { expectedStatus } from './grpc-status';
import { callMetadata, matchGrpcMessage } from './match-grpc';

/** One call the mock server received that no interaction matched. */
export interface MockMismatch {
  /** The gRPC path called. */
  path: string;
  /** The interaction that came closest. */
  interaction: string;
  mismatches: Mismatch[];
}

/** What the handlers record for {@link GrpcMockServer.verify}. */
export interface MockLedger {
  matched: Set<ResolvedGrpcInteraction>;
  mismatches: MockMismatch[];
}

type Found = { hit: ResolvedGrpcInteraction } | { miss: MockMismatch };

/** The first interaction whose request matches, or the mismatches of the closest one. */
function find(candidates: ResolvedGrpcInteraction[], request: Uint8Array, metadata: Record<string, unknown>): Found {
  let best: MockMismatch | undefined;
  for (const candidate of candidates) {
    const { interaction, method } = candidate;
    const result = matchGrpcMessage({
      expected: interaction.request,
      type: method.requestType,
      actual: request,
      actualMetadata: metadata,
      part: 'request',
      interaction: interaction.description,
    });
    if (result.ok) return { hit: candidate };
    if (!best || result.mismatches.length < best.mismatches.length)
      best = { path: method.path, interaction: interaction.description, mismatches: result.mismatches };
  }
  return { miss: best as MockMismatch };
}

function mismatchError(miss: MockMismatch): Partial<grpc.StatusObject> {
  const lines = miss.mismatches.map((m) => `${m.path}: ${m.message}`);
  return {
    code: grpc.status.FAILED_PRECONDITION,
    details: `Request does not match interaction "${miss.interaction}": ${lines.join('; ')}`,
  };
}

/** The status error an interaction answers with, when its response expects one. */
/** The metadata an error answer carries: the call metadata, and the rich error details (`grpc-status-details-bin`). */
function errorMetadata(metadata: Record<string, unknown> | undefined): Record<string, unknown> {
  const details = metadata?.['grpc-status-details-bin'];
  return { ...callMetadata(metadata), ...(details !== undefined ? { 'grpc-status-details-bin': details } : {}) };
}

function statusError(hit: ResolvedGrpcInteraction): Partial<grpc.StatusObject> | undefined {
  const status = expectedStatus(hit.interaction.response[0]?.metadata);
  return status
    ? {
        code: status.code,
        details: status.message ?? '',
        metadata: toMetadata(errorMetadata(hit.interaction.response[0]?.metadata)),
      }
    : undefined;
}

function responses(hit: ResolvedGrpcInteraction): Buffer[] {
  return hit.interaction.response.map((message) => Buffer.from(contentBytes(message)));
}

function answer(
  ledger: MockLedger,
  candidates: ResolvedGrpcInteraction[],
  request: Uint8Array,
  metadata: grpc.Metadata,
): { hit?: ResolvedGrpcInteraction; error?: Partial<grpc.StatusObject> } {
  const found = find(candidates, request, plainMetadata(metadata));
  if ('miss' in found) {
    ledger.mismatches.push(found.miss);
    return { error: mismatchError(found.miss) };
  }
  ledger.matched.add(found.hit);
  return { hit: found.hit, error: statusError(found.hit) };
}

/**
 * The grpc-js handler for one method: matches each request against the method's interactions and answers with
 * the matched interaction's response messages (or its error status).
 */
export function methodHandler(
  ledger: MockLedger,
  candidates: ResolvedGrpcInteraction[],
): { handler: grpc.UntypedHandleCall; type: string } {
  const { requestStream, responseStream } = candidates[0].method;
  if (!requestStream && !responseStream) {
    const handler: grpc.handleUnaryCall<Buffer, Buffer> = (call, callback) => {
      const { hit, error } = answer(ledger, candidates, call.request, call.metadata);
      if (error || !hit) callback(error ?? null);
      else
        callback(
          null,
          responses(hit)[0] ?? Buffer.alloc(0),
          toMetadata(callMetadata(hit.interaction.response[0]?.metadata)),
        );
    };
    return { handler, type: 'unary' };
  }
  if (!requestStream) {
    const handler: grpc.handleServerStreamingCall<Buffer, Buffer> = (call) => {
      const { hit, error } = answer(ledger, candidates, call.request, call.metadata);
      if (error || !hit) return void call.emit('error', Object.assign(new Error(error?.details ?? ''), error));
      for (const message of responses(hit)) call.write(message);
      call.end();
    };
    return { handler, type: 'serverStream' };
  }
  return streamingRequestHandler(ledger, candidates, responseStream);
}

function streamingRequestHandler(
  ledger: MockLedger,
  candidates: ResolvedGrpcInteraction[],
  responseStream: boolean,
): { handler: grpc.UntypedHandleCall; type: string } {
  if (!responseStream) {
    // Every message the client streams must match the interaction's request; the answer comes at the end.
    const handler: grpc.handleClientStreamingCall<Buffer, Buffer> = (call, callback) => {
      let outcome: ReturnType<typeof answer> | undefined;
      call.on('data', (chunk: Buffer) => {
        if (!outcome?.error) outcome = answer(ledger, candidates, chunk, call.metadata);
      });
      call.on('end', () => {
        const { hit, error } = outcome ?? answer(ledger, candidates, Buffer.alloc(0), call.metadata);
        if (error || !hit) callback(error ?? null);
        else callback(null, responses(hit)[0] ?? Buffer.alloc(0));
      });
    };
    return { handler, type: 'clientStream' };
  }
  const handler: grpc.handleBidiStreamingCall<Buffer, Buffer> = (call) => {
    call.on('data', (chunk: Buffer) => {
      const { hit, error } = answer(ledger, candidates, chunk, call.metadata);
      if (error || !hit) return void call.emit('error', Object.assign(new Error(error?.details ?? ''), error));
      for (const message of responses(hit)) call.write(message);
    });
    call.on('end', () => call.end());
  };
  return { handler, type: 'bidi' };
}

/**
 * The grpc-js handler for a method the descriptors have but no interaction describes: the call is recorded as a
 * mismatch and answered UNIMPLEMENTED.
 */
export function undescribedMethodHandler(
  ledger: MockLedger,
  method: GrpcMethod,
): { handler: grpc.UntypedHandleCall; type: string } {
  const miss: MockMismatch = {
    path: method.path,
    interaction: '(no interaction)',
    mismatches: [
      {
        type: 'path',
        path: method.path,
        expected: 'a method the pact describes',
        actual: method.path,
        message: `No interaction in the pact calls ${method.path}`,
      },
    ],
  };
  const status = { code: grpc.status.UNIMPLEMENTED, details: `No interaction in the pact calls ${method.path}` };
  const fail = (
    call: { emit?: (event: string, e: Error) => void },
    callback?: (e: Partial<grpc.StatusObject>) => void,
  ) => {
    ledger.mismatches.push(miss);
    if (callback) callback(status);
    else call.emit?.('error', Object.assign(new Error(status.details), status));
  };
  const type = method.requestStream
    ? method.responseStream
      ? 'bidi'
      : 'clientStream'
    : method.responseStream
      ? 'serverStream'
      : 'unary';
  const handler = ((
    call: { emit?: (event: string, e: Error) => void },
    callback?: (e: Partial<grpc.StatusObject>) => void,
  ) => fail(call, callback)) as unknown as grpc.UntypedHandleCall;
  return { handler, type };
}
