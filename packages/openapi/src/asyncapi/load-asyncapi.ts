import type { DocumentSet } from '../collect-documents';
import { openapiErrors } from '../errors';
import type { SpecInternals } from '../load-openapi';
import { loadSpec, parseSpec, type LoadOpenApiOptions, type SpecKind } from '../load-spec';
import { SchemaValidators } from '../schema-validators';
import { buildAsyncOperations } from './build-messages';
import type { AsyncApiSpec } from './types';

/** Options of {@link loadAsyncApi} and {@link parseAsyncApi} (the same as for OpenAPI documents). */
export type LoadAsyncApiOptions = LoadOpenApiOptions;

function detectVersion(doc: unknown, source: string): string {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw openapiErrors.TREATY_OPENAPI_INVALID_DOCUMENT([source, 'the document is not an object'], { source });
  }
  const version = (doc as { asyncapi?: unknown }).asyncapi;
  if (typeof version === 'string' && /^[23]\./.test(version)) return version;
  throw openapiErrors.TREATY_OPENAPI_UNSUPPORTED_ASYNCAPI([source, String(version ?? 'unknown')], { source });
}

function buildSpec(docs: DocumentSet, mainUri: string, source: string): AsyncApiSpec {
  const document = docs.get(mainUri) as Record<string, unknown>;
  const version = detectVersion(document, source);
  // AsyncAPI schemas are JSON Schema draft-07 (plus OpenAPI-style `nullable` in some documents): the 3.0 dialect fits.
  const internal: SpecInternals = { docs, mainUri, validators: new SchemaValidators(docs, '3.0'), ignoreCase: false };
  return {
    kind: 'asyncapi',
    version,
    source,
    document,
    operations: buildAsyncOperations(docs, mainUri, version),
    internal,
  };
}

const ASYNCAPI: SpecKind<AsyncApiSpec> = {
  name: 'AsyncAPI document',
  memoryUri: 'treaty://asyncapi/document.json',
  build: buildSpec,
};

/**
 * Load an AsyncAPI 2.x or 3.x document from a file path, an http(s) URL or a parsed object, following `$ref`s.
 * @example const spec = await loadAsyncApi('./asyncapi.yaml');
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_ASYNCAPI
 */
export async function loadAsyncApi(input: string | object, options: LoadAsyncApiOptions = {}): Promise<AsyncApiSpec> {
  return loadSpec(ASYNCAPI, input, options);
}

/**
 * Load an AsyncAPI document from JSON/YAML text or a parsed object, synchronously; only internal `$ref`s are allowed.
 * @example const spec = parseAsyncApi(yamlText, { source: 'events.yaml' });
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_ASYNCAPI
 */
export function parseAsyncApi(input: string | object, options: LoadAsyncApiOptions = {}): AsyncApiSpec {
  return parseSpec(ASYNCAPI, input, options);
}

/** True when `value` is a spec returned by {@link loadAsyncApi} or {@link parseAsyncApi}. */
export function isAsyncApiSpec(value: unknown): value is AsyncApiSpec {
  return (
    value !== null && typeof value === 'object' && (value as AsyncApiSpec).kind === 'asyncapi' && 'internal' in value
  );
}
