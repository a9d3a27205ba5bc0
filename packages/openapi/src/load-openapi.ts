import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildOperations } from './build-operations';
import { checkRefs, collectDocuments, type DocumentSet } from './collect-documents';
import { openapiErrors } from './errors';
import { parseDocumentText, readDocument } from './read-document';
import { SchemaValidators } from './schema-validators';
import type { OpenApiSpec, OpenApiVersion } from './types';

/** Options of {@link loadOpenApi} and {@link parseOpenApi}. */
export interface LoadOpenApiOptions {
  /** A name for the document in errors and reports (defaults to the path or URL). */
  source?: string;
  /** The URI relative `$ref`s resolve against when the input is text or an object (a file path or URL). */
  baseUri?: string;
  /**
   * `throw` (default): a `$ref` to a missing definition fails the load. `report`: the load succeeds and each check that
   * needs the missing schema reports it as a finding on its interaction (what a pact check wants: the rest is still checked).
   */
  brokenRefs?: 'throw' | 'report';
}

/** @internal What the validators of this package keep on a spec. */
export interface SpecInternals {
  docs: DocumentSet;
  mainUri: string;
  validators: SchemaValidators;
  /** Match paths ignoring case (`info.x-opc-config-case-insensitive`, as PactFlow's comparator reads it). */
  ignoreCase: boolean;
}

/** A file path or URL as an absolute URI. */
export function toUri(location: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location) ? location : pathToFileURL(resolvePath(location)).href;
}

function detectVersion(doc: unknown, source: string): OpenApiVersion {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw openapiErrors.TREATY_OPENAPI_INVALID_DOCUMENT([source, 'the document is not an object'], { source });
  }
  const { openapi, swagger } = doc as { openapi?: unknown; swagger?: unknown };
  if (typeof openapi === 'string' && openapi.startsWith('3.0')) return '3.0';
  if (typeof openapi === 'string' && openapi.startsWith('3.1')) return '3.1';
  if (String(swagger) === '2.0') return '2.0';
  throw openapiErrors.TREATY_OPENAPI_UNSUPPORTED_VERSION([source, String(openapi ?? swagger ?? 'unknown')], { source });
}

/** The comparator's `x-opc-config-*` settings in `info`, which documents written for PactFlow carry. */
function comparatorConfig(doc: Record<string, unknown>, key: string): unknown {
  const info = doc.info as Record<string, unknown> | undefined;
  return info && typeof info === 'object' ? info[`x-opc-config-${key}`] : undefined;
}

function basePaths(doc: Record<string, unknown>, version: OpenApiVersion): string[] {
  const urls = version === '2.0' ? [String(doc.basePath ?? '')] : ((doc.servers as Array<{ url?: string }> | undefined) ?? []).map((s) => s.url ?? '');
  const configured = comparatorConfig(doc, 'base-path');
  if (typeof configured === 'string') urls.push(configured);
  const paths = urls
    .filter((url) => !url.includes('{'))
    .map((url) => new URL(url, 'http://placeholder').pathname.replace(/\/+$/, ''))
    .filter((path) => path !== '');
  return [...new Set(paths)];
}

function buildSpec(docs: DocumentSet, mainUri: string, source: string): OpenApiSpec {
  const document = docs.get(mainUri) as Record<string, unknown>;
  const version = detectVersion(document, source);
  if (document.paths !== undefined && (typeof document.paths !== 'object' || document.paths === null)) {
    throw openapiErrors.TREATY_OPENAPI_INVALID_DOCUMENT([source, '`paths` must be an object'], { source, path: '#/paths' });
  }
  const ignoreCase = comparatorConfig(document, 'case-insensitive') === true;
  const internal: SpecInternals = { docs, mainUri, validators: new SchemaValidators(docs, version), ignoreCase };
  return { version, source, document, basePaths: basePaths(document, version), operations: buildOperations(docs, mainUri, version), internal };
}

/**
 * Load an OpenAPI 3.0 / 3.1 (or Swagger 2.0) document from a file path, an http(s) URL or a parsed object,
 * following internal and relative-file `$ref`s.
 * @example const spec = await loadOpenApi('./openapi.yaml');
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_VERSION
 */
export async function loadOpenApi(input: string | object, options: LoadOpenApiOptions = {}): Promise<OpenApiSpec> {
  if (typeof input === 'string') {
    const mainUri = toUri(input);
    const docs = await collectDocuments(mainUri, await readDocument(mainUri), readDocument, options.brokenRefs !== 'report');
    return buildSpec(docs, mainUri, options.source ?? input);
  }
  const mainUri = options.baseUri ? toUri(options.baseUri) : 'treaty://openapi/document.json';
  const source = options.source ?? options.baseUri ?? 'OpenAPI document';
  const docs = await collectDocuments(mainUri, input, readDocument, options.brokenRefs !== 'report');
  return buildSpec(docs, mainUri, source);
}

/**
 * Load an OpenAPI document from JSON/YAML text or a parsed object, synchronously; only internal `$ref`s are allowed.
 * @example const spec = parseOpenApi(yamlText, { source: 'orders-api.yaml' });
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_VERSION
 */
export function parseOpenApi(input: string | object, options: LoadOpenApiOptions = {}): OpenApiSpec {
  const source = options.source ?? 'OpenAPI document';
  const document = typeof input === 'string' ? parseDocumentText(input, source) : input;
  const mainUri = 'treaty://openapi/document.json';
  const docs: DocumentSet = new Map([[mainUri, document]]);
  if (options.brokenRefs !== 'report') checkRefs(docs);
  return buildSpec(docs, mainUri, source);
}

/** True when `value` is a spec returned by {@link loadOpenApi} or {@link parseOpenApi}. */
export function isOpenApiSpec(value: unknown): value is OpenApiSpec {
  return value !== null && typeof value === 'object' && Array.isArray((value as OpenApiSpec).operations) && 'internal' in value;
}
