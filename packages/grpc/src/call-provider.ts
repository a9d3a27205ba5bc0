import * as grpc from '@grpc/grpc-js';
import type { GrpcMethod } from './grpc-pact';

/**
 * What a gRPC call returned: the response messages (raw), the final status and the response metadata (headers and
 * trailers).
 */
export interface GrpcCallResult {
  messages: Uint8Array[];
  status: { code: number; details: string };
  metadata: Record<string, unknown>;
}

const identity = (value: Buffer): Buffer => value;

/** gRPC metadata as plain values (text for ASCII keys, base64 for `-bin` keys). */
export function plainMetadata(metadata: grpc.Metadata | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata?.getMap() ?? {}))
    out[key] = Buffer.isBuffer(value) ? value.toString('base64') : value;
  return out;
}

/** Plain values as gRPC metadata. */
export function toMetadata(values: Record<string, unknown>): grpc.Metadata {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(values)) {
    if (key.endsWith('-bin')) metadata.set(key, Buffer.from(String(value), 'base64'));
    else metadata.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return metadata;
}

function collect(
  call: grpc.ClientReadableStream<Buffer> | grpc.ClientDuplexStream<Buffer, Buffer>,
): Promise<GrpcCallResult> {
  return new Promise((resolve) => {
    const messages: Uint8Array[] = [];
    let headers: Record<string, unknown> = {};
    call.on('metadata', (received: grpc.Metadata) => (headers = plainMetadata(received)));
    call.on('data', (chunk: Buffer) => messages.push(chunk));
    call.on('error', () => undefined);
    call.on('status', (status: grpc.StatusObject) => {
      resolve({
        messages,
        status: { code: status.code, details: status.details },
        metadata: { ...headers, ...plainMetadata(status.metadata) },
      });
    });
  });
}

/** The result of a call with one answer (unary or client streaming): the message, or the error's status. */
function singleAnswer(error: grpc.ServiceError | null, response: Buffer | undefined): GrpcCallResult {
  const status = error ? { code: error.code, details: error.details } : { code: 0, details: '' };
  return { messages: response ? [response] : [], status, metadata: error ? plainMetadata(error.metadata) : {} };
}

function unary(
  client: grpc.Client,
  method: GrpcMethod,
  request: Buffer,
  metadata: grpc.Metadata,
  deadline: Date,
  wantMetadata: boolean,
): Promise<GrpcCallResult> {
  return new Promise((resolve) => {
    let result: GrpcCallResult = { messages: [], status: { code: 0, details: '' }, metadata: {} };
    let headers: Record<string, unknown> = {};
    const call = client.makeUnaryRequest(
      method.path,
      identity,
      identity,
      request,
      metadata,
      { deadline },
      (error, response) => {
        result = singleAnswer(error, response);
        if (!wantMetadata) resolve(result);
      },
    );
    // Listening costs a little on every call: only when the interaction expects response metadata.
    if (!wantMetadata) return;
    call.on('metadata', (received: grpc.Metadata) => (headers = plainMetadata(received)));
    call.on('status', (status: grpc.StatusObject) =>
      resolve({ ...result, metadata: { ...headers, ...plainMetadata(status.metadata) } }),
    );
  });
}

function clientStream(
  client: grpc.Client,
  method: GrpcMethod,
  request: Buffer,
  metadata: grpc.Metadata,
  deadline: Date,
): Promise<GrpcCallResult> {
  return new Promise((resolve) => {
    const call = client.makeClientStreamRequest(
      method.path,
      identity,
      identity,
      metadata,
      { deadline },
      (error, response) => resolve(singleAnswer(error, response)),
    );
    call.write(request);
    call.end();
  });
}

/**
 * Call one gRPC method with raw protobuf bytes, whatever its streaming kind: the request is sent as the only
 * message, and every response message is collected. `wantMetadata` collects a unary call's response metadata too.
 */
export function callMethod(
  client: grpc.Client,
  method: GrpcMethod,
  request: Uint8Array,
  metadata: grpc.Metadata,
  timeoutMs: number,
  wantMetadata = false,
): Promise<GrpcCallResult> {
  const bytes = Buffer.from(request);
  const deadline = new Date(Date.now() + timeoutMs);
  if (!method.requestStream && !method.responseStream)
    return unary(client, method, bytes, metadata, deadline, wantMetadata);
  if (method.requestStream && !method.responseStream) return clientStream(client, method, bytes, metadata, deadline);
  if (!method.requestStream)
    return collect(client.makeServerStreamRequest(method.path, identity, identity, bytes, metadata, { deadline }));
  const call = client.makeBidiStreamRequest(method.path, identity, identity, metadata, { deadline });
  const result = collect(call);
  call.write(bytes);
  call.end();
  return result;
}
