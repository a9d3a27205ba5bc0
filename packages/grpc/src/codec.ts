import type * as protobuf from 'protobufjs';

/** How decoded messages look: proto field names, enums by name, bytes as base64, 64-bit numbers as numbers. */
const BASE = { enums: String, bytes: String, longs: Number, oneofs: false } as const;

/**
 * Decode protobuf bytes into a plain object keyed by the `.proto` field names.
 * With `defaults`, unset fields appear with their default values (what a reader of proto3 sees).
 * @throws Error from protobufjs when the bytes are not a valid encoding of the type
 */
export function decodeMessage(type: protobuf.Type, bytes: Uint8Array, defaults = false): Record<string, unknown> {
  const message = type.decode(bytes);
  return type.toObject(message, { ...BASE, defaults, arrays: defaults, objects: defaults }) as Record<string, unknown>;
}

/**
 * Encode a plain object (as {@link decodeMessage} returns) into protobuf bytes.
 * @throws Error naming the field when a value does not fit the type
 */
export function encodeMessage(type: protobuf.Type, value: Record<string, unknown>): Uint8Array {
  const message = type.fromObject(value);
  const problem = type.verify(message);
  if (problem) throw new Error(problem);
  return type.encode(message).finish();
}
