import { checkRefs, collectDocuments, type DocumentSet } from '../collect-documents';
import { openapiErrors } from '../errors';
import { toUri, type LoadOpenApiOptions, type SpecInternals } from '../load-openapi';
import { parseDocumentText, readDocument } from '../read-document';
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
  return { kind: 'asyncapi', version, source, document, operations: buildAsyncOperations(docs, mainUri, version), internal };
}

/**
 * Load an AsyncAPI 2.x or 3.x document from a file path, an http(s) URL or a parsed object, following `$ref`s.
 * @example const spec = await loadAsyncApi('./asyncapi.yaml');
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_ASYNCAPI
 */
export async function loadAsyncApi(input: string | object, options: LoadAsyncApiOptions = {}): Promise<AsyncApiSpec> {
  const check = options.brokenRefs !== 'report';
  if (typeof input === 'string') {
    const mainUri = toUri(input);
    return buildSpec(await collectDocuments(mainUri, await readDocument(mainUri), readDocument, check), mainUri, options.source ?? input);
  }
  const mainUri = options.baseUri ? toUri(options.baseUri) : 'treaty://asyncapi/document.json';
  return buildSpec(await collectDocuments(mainUri, input, readDocument, check), mainUri, options.source ?? options.baseUri ?? 'AsyncAPI document');
}

/**
 * Load an AsyncAPI document from JSON/YAML text or a parsed object, synchronously; only internal `$ref`s are allowed.
 * @example const spec = parseAsyncApi(yamlText, { source: 'events.yaml' });
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_ASYNCAPI
 */
export function parseAsyncApi(input: string | object, options: LoadAsyncApiOptions = {}): AsyncApiSpec {
  const source = options.source ?? 'AsyncAPI document';
  const document = typeof input === 'string' ? parseDocumentText(input, source) : input;
  const mainUri = 'treaty://asyncapi/document.json';
  const docs: DocumentSet = new Map([[mainUri, document]]);
  if (options.brokenRefs !== 'report') checkRefs(docs);
  return buildSpec(docs, mainUri, source);
}

/** True when `value` is a spec returned by {@link loadAsyncApi} or {@link parseAsyncApi}. */
export function isAsyncApiSpec(value: unknown): value is AsyncApiSpec {
  return value !== null && typeof value === 'object' && (value as AsyncApiSpec).kind === 'asyncapi' && 'internal' in value;
}
