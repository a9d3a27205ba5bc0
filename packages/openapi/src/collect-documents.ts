import { fileURLToPath } from 'node:url';
import { openapiErrors } from './errors';
import { escapeSegment, getAtPointer } from './json-pointer';

/** A `$ref` found in a document. */
interface FoundRef {
  ref: string;
  /** The absolute URI of the target document. */
  target: string;
  fragment: string;
  /** The pointer where the `$ref` appears. */
  at: string;
}

/** All documents of one OpenAPI description, by absolute URI. */
export type DocumentSet = Map<string, unknown>;

/** Resolve `ref` against the URI of the document it appears in. */
export function resolveRefUri(ref: string, baseUri: string): { target: string; fragment: string } {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  return { target: file === '' ? baseUri : new URL(file, baseUri).href, fragment };
}

/** Collect the `$ref`s below `node`, whose pointer is `at` (built as it goes: big documents have many thousands). */
function findRefs(node: unknown, baseUri: string, at: string, out: FoundRef[]): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++)
      if (node[i] !== null && typeof node[i] === 'object') findRefs(node[i], baseUri, `${at}/${i}`, out);
    return;
  }
  for (const key in node as Record<string, unknown>) {
    const value = (node as Record<string, unknown>)[key];
    if (key === '$ref' && typeof value === 'string') out.push({ ref: value, at, ...resolveRefUri(value, baseUri) });
    else if (value !== null && typeof value === 'object') findRefs(value, baseUri, `${at}/${escapeSegment(key)}`, out);
  }
}

function refsOf(doc: unknown, uri: string): FoundRef[] {
  const out: FoundRef[] = [];
  if (doc !== null && typeof doc === 'object') findRefs(doc, uri, '#', out);
  return out;
}

function display(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/**
 * Load every document the main one references, then check every `$ref` resolves. @throws TreatyError
 * TREATY_OPENAPI_BROKEN_REF
 */
export async function collectDocuments(
  mainUri: string,
  main: unknown,
  read: (uri: string) => Promise<unknown> | unknown,
  checkPointers = true,
): Promise<DocumentSet> {
  const docs: DocumentSet = new Map([[mainUri, main]]);
  const refsByDoc = new Map<string, FoundRef[]>();
  const queue = [mainUri];
  while (queue.length > 0) {
    const uri = queue.shift() as string;
    const refs = refsOf(docs.get(uri), uri);
    refsByDoc.set(uri, refs);
    for (const found of refs) {
      if (docs.has(found.target)) continue;
      try {
        docs.set(found.target, await read(found.target));
      } catch (error) {
        throw brokenRef(found, uri, (error as Error).message, error);
      }
      queue.push(found.target);
    }
  }
  if (checkPointers) checkRefs(docs, refsByDoc);
  return docs;
}

/**
 * Check that every pointer-style `$ref` of every document lands on a value. @throws TreatyError
 * TREATY_OPENAPI_BROKEN_REF
 */
export function checkRefs(docs: DocumentSet, known = new Map<string, FoundRef[]>()): void {
  for (const [uri, doc] of docs) {
    for (const found of known.get(uri) ?? refsOf(doc, uri)) {
      if (found.fragment !== '' && !found.fragment.startsWith('/')) continue; // a plain-name anchor ajv resolves
      if (!docs.has(found.target)) throw brokenRef(found, uri, 'the document it points to was not loaded');
      if (getAtPointer(docs.get(found.target), found.fragment) === undefined) {
        throw brokenRef(found, uri, `nothing exists at #${found.fragment} in ${display(found.target)}`);
      }
    }
  }
}

function brokenRef(found: FoundRef, uri: string, reason: string, cause?: unknown) {
  return openapiErrors.TREATY_OPENAPI_BROKEN_REF(
    [found.ref, found.at, display(uri), reason],
    { source: display(uri), path: found.at, ref: found.ref },
    cause,
  );
}
