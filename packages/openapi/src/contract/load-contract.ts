import { loadAsyncApi, parseAsyncApi } from '../asyncapi/load-asyncapi';
import type { AsyncApiSpec } from '../asyncapi/types';
import { toUri, loadOpenApi, parseOpenApi, type LoadOpenApiOptions } from '../load-openapi';
import { openapiErrors } from '../errors';
import { parseDocumentText, readDocument } from '../read-document';
import type { OpenApiSpec } from '../types';

/** A provider contract, tagged with its kind. */
export type Contract = { kind: 'openapi'; spec: OpenApiSpec } | { kind: 'asyncapi'; spec: AsyncApiSpec };

/**
 * Load an OpenAPI 3.x, Swagger 2.0 or AsyncAPI 2.x/3.x document, telling which it is by its version field.
 * @example const contract = await loadContract('./asyncapi.yaml'); // { kind: 'asyncapi', spec }
 * @throws TreatyError TREATY_OPENAPI_UNKNOWN_DOCUMENT when it is none of them; TREATY_OPENAPI_READ_FAILED,
 *   TREATY_OPENAPI_BROKEN_REF
 */
export async function loadContract(input: string | object, options: LoadOpenApiOptions = {}): Promise<Contract> {
  const source = options.source ?? (typeof input === 'string' ? input : 'contract');
  const document = typeof input === 'string' ? await readDocument(toUri(input)) : input;
  // The file was read once: it is handed on as an object, with its own location as the base of relative `$ref`s.
  const next = { ...options, source, baseUri: options.baseUri ?? (typeof input === 'string' ? input : undefined) };
  const kind = kindOf(document);
  if (kind === 'asyncapi') return { kind, spec: await loadAsyncApi(document as object, next) };
  if (kind === 'openapi') return { kind, spec: await loadOpenApi(document as object, next) };
  throw openapiErrors.TREATY_OPENAPI_UNKNOWN_DOCUMENT([source], { source });
}

function kindOf(document: unknown): Contract['kind'] | undefined {
  const fields = document !== null && typeof document === 'object' ? (document as Record<string, unknown>) : {};
  if (fields.asyncapi !== undefined) return 'asyncapi';
  return fields.openapi !== undefined || fields.swagger !== undefined ? 'openapi' : undefined;
}

/**
 * Read a contract from JSON/YAML text or a parsed object, synchronously (internal `$ref`s only), telling its kind.
 * @example const contract = parseContract(text, { source: 'provider contract' });
 * @throws TreatyError TREATY_OPENAPI_UNKNOWN_DOCUMENT, TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF
 */
export function parseContract(input: string | object, options: LoadOpenApiOptions = {}): Contract {
  const source = options.source ?? 'contract';
  const document = typeof input === 'string' ? parseDocumentText(input, source) : input;
  const kind = kindOf(document);
  if (kind === 'asyncapi') return { kind, spec: parseAsyncApi(document as object, { ...options, source }) };
  if (kind === 'openapi') return { kind, spec: parseOpenApi(document as object, { ...options, source }) };
  throw openapiErrors.TREATY_OPENAPI_UNKNOWN_DOCUMENT([source], { source });
}

/** Name a contract for people: `OpenAPI 3.1`, `Swagger 2.0`, `AsyncAPI 3.0.0`. */
export function describeContract(contract: Contract): string {
  if (contract.kind === 'asyncapi') return `AsyncAPI ${contract.spec.version}`;
  return contract.spec.version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${contract.spec.version}`;
}
