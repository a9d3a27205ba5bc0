import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkRefs, collectDocuments, type DocumentSet } from './collect-documents';
import { parseDocumentText, readDocument } from './read-document';

/** Options of {@link loadOpenApi} and {@link parseOpenApi} (and of their AsyncAPI twins). */
export interface LoadOpenApiOptions {
  /** A name for the document in errors and reports (defaults to the path or URL). */
  source?: string;
  /** The URI relative `$ref`s resolve against when the input is text or an object (a file path or URL). */
  baseUri?: string;
  /**
   * `throw` (default): a `$ref` to a missing definition fails the load. `report`: the load succeeds and each check
   * that needs the missing schema reports it as a finding on its interaction (what a pact check wants: the rest is
   * still checked).
   */
  brokenRefs?: 'throw' | 'report';
}

/** A file path or URL as an absolute URI. */
export function toUri(location: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)
    ? location
    : pathToFileURL(resolvePath(location)).href;
}

/** One kind of spec (OpenAPI, AsyncAPI): what to call a nameless document, its in-memory URI, how to build the spec. */
export interface SpecKind<Spec> {
  name: string;
  memoryUri: string;
  build(docs: DocumentSet, mainUri: string, source: string): Spec;
}

/**
 * Load a spec from a file path, an http(s) URL or a parsed object, following `$ref`s.
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, or what `kind.build` throws
 */
export async function loadSpec<Spec>(
  kind: SpecKind<Spec>,
  input: string | object,
  options: LoadOpenApiOptions,
): Promise<Spec> {
  const check = options.brokenRefs !== 'report';
  if (typeof input === 'string') {
    const mainUri = toUri(input);
    return kind.build(
      await collectDocuments(mainUri, await readDocument(mainUri), readDocument, check),
      mainUri,
      options.source ?? input,
    );
  }
  const mainUri = options.baseUri ? toUri(options.baseUri) : kind.memoryUri;
  const source = options.source ?? options.baseUri ?? kind.name;
  return kind.build(await collectDocuments(mainUri, input, readDocument, check), mainUri, source);
}

/**
 * Load a spec from JSON/YAML text or a parsed object, synchronously; only internal `$ref`s are allowed.
 * @throws TreatyError TREATY_OPENAPI_READ_FAILED, TREATY_OPENAPI_BROKEN_REF, or what `kind.build` throws
 */
export function parseSpec<Spec>(kind: SpecKind<Spec>, input: string | object, options: LoadOpenApiOptions): Spec {
  const source = options.source ?? kind.name;
  const document = typeof input === 'string' ? parseDocumentText(input, source) : input;
  const docs: DocumentSet = new Map([[kind.memoryUri, document]]);
  if (options.brokenRefs !== 'report') checkRefs(docs);
  return kind.build(docs, kind.memoryUri, source);
}
