import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { openapiErrors } from './errors';

/** Parse JSON or YAML text into a value. @throws TreatyError TREATY_OPENAPI_READ_FAILED */
export function parseDocumentText(text: string, source: string): unknown {
  try {
    return text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw openapiErrors.TREATY_OPENAPI_READ_FAILED([source, (error as Error).message], { source }, error);
  }
}

/** Read a document from a `file:` or `http(s):` URI. @throws TreatyError TREATY_OPENAPI_READ_FAILED */
export async function readDocument(uri: string): Promise<unknown> {
  const source = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  let text: string;
  try {
    if (uri.startsWith('file:')) text = await readFile(source, 'utf8');
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
