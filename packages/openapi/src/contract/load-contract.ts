import { loadAsyncApi } from '../asyncapi/load-asyncapi';
import type { AsyncApiSpec } from '../asyncapi/types';
import { toUri, loadOpenApi, type LoadOpenApiOptions } from '../load-openapi';
import { openapiErrors } from '../errors';
import { readDocument } from '../read-document';
import type { OpenApiSpec } from '../types';

/** A provider contract, tagged with its kind. */
export type Contract = { kind: 'openapi'; spec: OpenApiSpec } | { kind: 'asyncapi'; spec: AsyncApiSpec };

/**
 * Load an OpenAPI 3.x, Swagger 2.0 or AsyncAPI 2.x/3.x document, telling which it is by its version field.
 * @example const contract = await loadContract('./asyncapi.yaml'); // { kind: 'asyncapi', spec }
 * @throws TreatyError TREATY_OPENAPI_UNKNOWN_DOCUMENT when it is none of them; TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF
 */
export async function loadContract(input: string | object, options: LoadOpenApiOptions = {}): Promise<Contract> {
  const source = options.source ?? (typeof input === 'string' ? input : 'contract');
  const document = typeof input === 'string' ? await readDocument(toUri(input)) : input;
  const fields = document !== null && typeof document === 'object' ? (document as Record<string, unknown>) : {};
  // The file was read once: it is handed on as an object, with its own location as the base of relative `$ref`s.
  const next = { ...options, source, baseUri: options.baseUri ?? (typeof input === 'string' ? input : undefined) };
  if (fields.asyncapi !== undefined) return { kind: 'asyncapi', spec: await loadAsyncApi(document as object, next) };
  if (fields.openapi !== undefined || fields.swagger !== undefined) return { kind: 'openapi', spec: await loadOpenApi(document as object, next) };
  throw openapiErrors.TREATY_OPENAPI_UNKNOWN_DOCUMENT([source], { source });
}

/** Name a contract for people: `OpenAPI 3.1`, `Swagger 2.0`, `AsyncAPI 3.0.0`. */
export function describeContract(contract: Contract): string {
  if (contract.kind === 'asyncapi') return `AsyncAPI ${contract.spec.version}`;
  return contract.spec.version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${contract.spec.version}`;
}
