import { buildOperations } from './build-operations';
import type { DocumentSet } from './collect-documents';
import { openapiErrors } from './errors';
import { loadSpec, parseSpec, type LoadOpenApiOptions, type SpecKind } from './load-spec';
import { SchemaValidators } from './schema-validators';
import type { OpenApiSpec, OpenApiVersion } from './types';

export { toUri, type LoadOpenApiOptions } from './load-spec';

/** @internal What the validators of this package keep on a spec. */
export interface SpecInternals {
  docs: DocumentSet;
  mainUri: string;
  validators: SchemaValidators;
  /** Match paths ignoring case (`info.x-opc-config-case-insensitive`, as PactFlow's comparator reads it). */
  ignoreCase: boolean;
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
  const urls =
    version === '2.0'
      ? [String(doc.basePath ?? '')]
      : ((doc.servers as Array<{ url?: string }> | undefined) ?? []).map((s) => s.url ?? '');
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
    throw openapiErrors.TREATY_OPENAPI_INVALID_DOCUMENT([source, '`paths` must be an object'], {
      source,
      path: '#/paths',
    });
  }
  const ignoreCase = comparatorConfig(document, 'case-insensitive') === true;
  const internal: SpecInternals = { docs, mainUri, validators: new SchemaValidators(docs, version), ignoreCase };
  return {
    version,
    source,
    document,
    basePaths: basePaths(document, version),
    operations: buildOperations(docs, mainUri, version),
    internal,
  };
}

const OPENAPI: SpecKind<OpenApiSpec> = {
  name: 'OpenAPI document',
  memoryUri: 'treaty://openapi/document.json',
  build: buildSpec,
};

/**
 * Load an OpenAPI 3.0 / 3.1 (or Swagger 2.0) document from a file path, an http(s) URL or a parsed object,
 * following internal and relative-file `$ref`s.
 * @example const spec = await loadOpenApi('./openapi.yaml');
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_VERSION
 */
export async function loadOpenApi(input: string | object, options: LoadOpenApiOptions = {}): Promise<OpenApiSpec> {
  return loadSpec(OPENAPI, input, options);
}

/**
 * Load an OpenAPI document from JSON/YAML text or a parsed object, synchronously; only internal `$ref`s are allowed.
 * @example const spec = parseOpenApi(yamlText, { source: 'orders-api.yaml' });
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, TREATY_OPENAPI_UNSUPPORTED_VERSION
 */
export function parseOpenApi(input: string | object, options: LoadOpenApiOptions = {}): OpenApiSpec {
  return parseSpec(OPENAPI, input, options);
}

/** True when `value` is a spec returned by {@link loadOpenApi} or {@link parseOpenApi}. */
export function isOpenApiSpec(value: unknown): value is OpenApiSpec {
  return (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as OpenApiSpec).operations) &&
    'internal' in value
  );
}
