/** gRPC status codes by name (https://grpc.github.io/grpc/core/md_doc_statuscodes.html). */
export const GRPC_STATUS: Readonly<Record<string, number>> = Object.freeze({
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
});

/** The name of a status code (`5` → `NOT_FOUND`). */
export function statusName(code: number): string {
  return Object.keys(GRPC_STATUS).find((name) => GRPC_STATUS[name] === code) ?? String(code);
}

/** The status a response message of the pact expects (`metadata['grpc-status']`), or undefined for none (OK). */
export function expectedStatus(
  metadata: Record<string, unknown> | undefined,
): { code: number; message?: string } | undefined {
  const raw = metadata?.['grpc-status'];
  if (raw === undefined || raw === null) return undefined;
  const code =
    typeof raw === 'number' ? raw : /^\d+$/.test(String(raw)) ? Number(raw) : GRPC_STATUS[String(raw).toUpperCase()];
  if (code === undefined || code === 0) return undefined;
  const message = metadata?.['grpc-message'];
  return { code, ...(typeof message === 'string' ? { message } : {}) };
}
