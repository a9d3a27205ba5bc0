import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openapiErrors } from './errors';

/** Parse JSON or YAML text into a value. @throws TreatyError TREATY_OPENAPI_READ_FAILED */
export function parseDocumentText(text: string, source: string): unknown {
  try {
    // yaml is loaded only for YAML documents: it is slow to load and JSON needs none of it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, synchronous loading on purpose
    return text.trimStart().startsWith('{') ? JSON.parse(text) : (require('yaml') as typeof import('yaml')).parse(text);
  } catch (error) {
    throw openapiErrors.TREATY_OPENAPI_READ_FAILED([source, (error as Error).message], { source }, error);
  }
}

/** Read a document from a `file:` or `http(s):` URI. @throws TreatyError TREATY_OPENAPI_READ_FAILED */
export async function readDocument(uri: string): Promise<unknown> {
  const source = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  let text: string;
  try {
    if (uri.startsWith('file:')) text = (await readFile(source)).toString('utf8');
    else if (/^https?:/.test(uri)) text = await fetchText(uri);
    else throw new Error(`cannot read the scheme of ${uri}`);
  } catch (error) {
    throw openapiErrors.TREATY_OPENAPI_READ_FAILED([source, (error as Error).message], { source }, error);
  }
  return parseDocumentText(text, source);
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
