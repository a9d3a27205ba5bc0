import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { readBodyFile } from './body-file';
import type { HttpDraft } from './http-draft';

// The Content-Type rule pact-js writes so that any boundary matches.
const MULTIPART_TYPE = 'multipart/form-data;(\\s*charset=[^;]*;)?\\s*boundary=.*';

function randomBoundary(): string {
  return randomBytes(12)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, 16);
}

function setContentTypeHeader(draft: HttpDraft, value: string): void {
  const headers = (draft.headers ??= {});
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') delete headers[name];
  headers['Content-Type'] = [value];
}

/**
 * Set a `multipart/form-data` body with one file part, as pact-js's `multipartBody`: the part is matched
 * by its content type (`$.<part>`) and the Content-Type header by a regex, so any boundary passes.
 * @example setMultipartBody(draft, { contentType: 'image/png', file: 'logo.png', part: 'logo' })
 * @throws TREATY_CONSUMER_BODY_FILE when the file cannot be read.
 */
export function setMultipartBody(
  draft: HttpDraft,
  options: { contentType: string; file: string; part: string; boundary?: string },
): void {
  const boundary = options.boundary ?? randomBoundary();
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.part}"; ` +
    `filename="${path.basename(options.file)}"\r\nContent-Type: ${options.contentType}\r\n\r\n`;
  const bytes = Buffer.concat([Buffer.from(head), readBodyFile(options.file), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  setContentTypeHeader(draft, `multipart/form-data; boundary=${boundary}`);
  draft.body = { content: bytes.toString('base64'), contentType: 'multipart/form-data', encoded: 'base64' };
  const rules = draft.rules.matchingRules;
  (rules.body ??= {})[`$.${options.part}`] = { matchers: [{ match: 'contentType', value: options.contentType }] };
  (rules.header ??= {})['Content-Type'] = { matchers: [{ match: 'regex', regex: MULTIPART_TYPE }] };
}
