import { base64ToBytes, latin1 } from '../body/base64';
import { bodyText, viewBody, type BodyView } from './body-content';
import { compareBodies } from './compare-body';
import { bodyKindOf, mediaTypeMatches, parseMediaType } from './media-type';
import { findRule } from './rules/rule-registry';
import { report, type TreeContext } from './tree-context';

/** One part of a multipart body. */
export interface Part {
  name: string;
  contentType: string | undefined;
  /**
   * One character per byte, decoded when the part says `Content-Transfer-Encoding: base64` (as pact-reference
   * does).
   */
  content: string;
}

function decodeTransfer(content: string, encoding: string | undefined): string {
  return encoding?.trim().toLowerCase() === 'base64' ? latin1(base64ToBytes(content)) : content;
}

/** Split a multipart body into its parts by the boundary its content type names. */
export function parseMultipart(text: string, contentType: string | undefined): Part[] {
  const boundary = contentType ? parseMediaType(contentType).params.boundary : undefined;
  const marker = boundary ?? /^--([^\r\n]+)/.exec(text)?.[1];
  if (marker === undefined) return [];
  const parts: Part[] = [];
  for (const chunk of text.split(`--${marker}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const body = chunk.replace(/^\r?\n/, '');
    const split = /\r?\n\r?\n/.exec(body);
    const head = split ? body.slice(0, split.index) : body;
    const content = split ? body.slice(split.index + split[0].length).replace(/\r?\n$/, '') : '';
    const headers = Object.fromEntries(
      head
        .split(/\r?\n/)
        .map((line) => [
          line.slice(0, line.indexOf(':')).trim().toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
    );
    const name = /name="([^"]*)"/.exec(headers['content-disposition'] ?? '')?.[1] ?? String(parts.length);
    parts.push({
      name,
      contentType: headers['content-type'],
      content: decodeTransfer(content, headers['content-transfer-encoding']),
    });
  }
  return parts;
}

// A body as one character per byte: base64 bodies decode to that already, text bodies are UTF-8 encoded,
// so that an example read from a file and a request read as text split into the same parts.
function bytesOf(view: BodyView): string {
  const text = bodyText(view);
  // encodeURIComponent writes UTF-8 escapes; unescape turns each into one character per byte (no Node or DOM APIs in
  // core).
  return view.base64 ? text : unescape(encodeURIComponent(text));
}

// A text part's bytes back as text (UTF-8), so it compares and prints as the text it is.
function partContent(part: Part): string {
  const kind = bodyKindOf(part.contentType ?? 'text/plain');
  if (kind === 'binary' || kind === 'multipart') return part.content;
  try {
    return decodeURIComponent(escape(part.content));
  } catch {
    return part.content; // Not UTF-8: compare the bytes as they are.
  }
}

/** Compare multipart bodies part by part, matching parts by name; each part is compared by its own content type. */
export function compareMultipart(ctx: TreeContext, expected: BodyView, actual: BodyView): void {
  const expectedParts = parseMultipart(bytesOf(expected), expected.contentType);
  const actualParts = parseMultipart(bytesOf(actual), actual.contentType);
  for (const part of expectedParts) {
    const other = actualParts.find((p) => p.name === part.name);
    if (other === undefined) {
      report(ctx, [part.name], part.content, undefined, `Expected multipart part '${part.name}' but it was missing`);
      continue;
    }
    if (checkPartContentType(ctx, part, other)) continue;
    const inner = compareBodies(
      viewBody({ content: partContent(part) }, part.contentType ?? 'text/plain'),
      viewBody({ content: partContent(other) }, other.contentType ?? 'text/plain'),
      {
        rules: undefined,
        allowUnexpectedKeys: ctx.allowUnexpectedKeys,
      },
    );
    for (const m of inner)
      ctx.mismatches.push({ ...m, path: `${ctx.formatPath([part.name])}${m.path === '$' ? '' : m.path.slice(1)}` });
  }
}

/**
 * A `contentType` rule on `$.<part>` (what pact-js writes for file uploads) accepts any content of that
 * media type, so the uploaded bytes need not equal the example's. True when such a rule decided the part.
 */
function checkPartContentType(ctx: TreeContext, part: Part, other: Part): boolean {
  const hit = ctx.rules.isEmpty ? undefined : ctx.rules.best([part.name]);
  const rule = hit && hit.direct ? findRule(hit.list, 'contentType') : undefined;
  if (rule === undefined) return false;
  const wanted = typeof rule.value === 'string' ? rule.value : '';
  const actualType = other.contentType ?? '';
  if (!mediaTypeMatches(wanted, actualType)) {
    report(
      ctx,
      [part.name],
      wanted,
      actualType,
      `Expected multipart part '${part.name}' of type '${wanted}' but received '${actualType}'`,
      'contentType',
    );
  }
  return true;
}
