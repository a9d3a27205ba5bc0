import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openapiErrors } from './errors';

/** Parse JSON or YAML text into a value. @throws TreatyError TREATY_OPENAPI_READ_FAILED */
export function parseDocumentText(text: string, source: string): unknown {
  try {
    if (text.trimStart().startsWith('{')) return JSON.parse(text);
    // js-yaml parses big documents several times faster than `yaml` (decisions/0003); the core schema reads
    // YAML 1.2 scalars (dates stay strings, as JSON Schema wants them). Loaded only for YAML documents.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, synchronous loading on purpose
    const jsYaml = require('js-yaml') as typeof import('js-yaml');
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: source });
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
