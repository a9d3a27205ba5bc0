import type { Mismatch, RuleList } from '../model';
import { formatJsonPath } from '../json-path/json-path';
import { bodyJson, bodyText, type BodyView } from './body-content';
import { compareTree } from './compare-tree';
import { compareXml } from './compare-xml';
import { compareMultipart } from './compare-multipart';
import { parseQueryString } from '../body/query-string';
import { detectContentType, mediaTypeMatches, parseMediaType } from './media-type';
import { ruleIndexFor } from './rule-index';
import { applyRuleList, findRule } from './rules/rule-registry';
import { report, type TreeContext } from './tree-context';
import { show } from './values';
import { parseXml, type XmlElement } from './xml-dom';

/** How to compare two bodies. */
export interface BodyCompareOptions {
  rules: Record<string, RuleList> | undefined;
  allowUnexpectedKeys: boolean;
}

function bodyContext(options: BodyCompareOptions, mismatches: Mismatch[], fromText = false): TreeContext {
  return {
    rules: ruleIndexFor(options.rules),
    allowUnexpectedKeys: options.allowUnexpectedKeys,
    fromText,
    scalarRulesReachItems: fromText,
    type: 'body',
    noun: fromText ? 'form field' : 'key',
    formatPath: formatJsonPath,
    mismatches,
  };
}

const RECEIVED: Record<Exclude<BodyView['state'], 'present'>, string> = {
  missing: 'none',
  null: 'null',
  empty: 'an empty one (0 bytes)',
};

/**
 * Compare an expected body with an actual one: absent expected = anything, null or empty expected =
 * nothing, then by content type (JSON, XML, text, form, multipart, binary). A content-type clash is a `bodyType`
 * mismatch.
 */
export function compareBodies(expected: BodyView, actual: BodyView, options: BodyCompareOptions): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const ctx = bodyContext(options, mismatches);
  if (expected.state === 'missing') return mismatches;
  if (expected.state === 'null' || expected.state === 'empty') {
    if (actual.state === 'present')
      report(
        ctx,
        [],
        expected.content,
        actual.content,
        `Expected ${expected.state === 'null' ? 'a null' : 'an empty'} body but received ${show(actual.content)}`,
      );
    return mismatches;
  }
  if (actual.state !== 'present') {
    report(ctx, [], expected.content, actual.content, `Expected a body but received ${RECEIVED[actual.state]}`);
    return mismatches;
  }
  if (checkContentTypeRule(ctx, expected, actual)) return mismatches;
  if (!sameKind(expected, actual)) {
    mismatches.push({
      type: 'bodyType',
      path: '$',
      expected: expected.contentType,
      actual: actual.contentType,
      message: `Expected a body of type '${expected.contentType}' but received '${actual.contentType}'`,
    });
    return mismatches;
  }
  compareContent(ctx, expected, actual, options);
  return mismatches;
}

function sameKind(expected: BodyView, actual: BodyView): boolean {
  if (expected.kind !== actual.kind) return false;
  if (expected.kind !== 'binary' || expected.contentType === undefined || actual.contentType === undefined) return true;
  return parseMediaType(expected.contentType).base === parseMediaType(actual.contentType).base;
}

// A `contentType` rule on the whole body decides by the actual body's type alone: the declared type or,
// as pact-reference does, the type its bytes show (a JPEG sent as application/octet-stream is a JPEG).
// Multipart bodies are matched part by part whatever rule sits on their root, as pact-reference does.
function checkContentTypeRule(ctx: TreeContext, expected: BodyView, actual: BodyView): boolean {
  if (expected.kind === 'multipart' && actual.kind === 'multipart') return false;
  const hit = ctx.rules.isEmpty ? undefined : ctx.rules.best([]);
  const rule = hit && hit.direct ? findRule(hit.list, 'contentType') : undefined;
  if (rule === undefined) return false;
  const wanted = typeof rule.value === 'string' ? rule.value : '';
  const actualType = actual.contentType ?? '';
  const detected = actual.base64 ? detectContentType(actual.content, true) : undefined;
  if (!mediaTypeMatches(wanted, actualType) && !(detected && mediaTypeMatches(wanted, detected))) {
    report(ctx, [], wanted, actualType, contentTypeMessage(wanted, actualType, detected), 'contentType');
  }
  return true;
}

function contentTypeMessage(wanted: string, declared: string, detected: string | undefined): string {
  const shown =
    detected === undefined || mediaTypeMatches(detected, declared) ? '' : ` (its contents are '${detected}')`;
  return `Expected content of type '${wanted}' but received '${declared}'${shown}`;
}

function compareContent(ctx: TreeContext, expected: BodyView, actual: BodyView, options: BodyCompareOptions): void {
  switch (expected.kind) {
    case 'json':
      return compareTree(ctx, [], bodyJson(expected), bodyJson(actual));
    case 'xml':
      return compareXmlBodies(ctx, expected, actual);
    case 'form':
      return compareTree(
        bodyContext(options, ctx.mismatches, true),
        [],
        parseQueryString(bodyText(expected)),
        parseQueryString(bodyText(actual)),
      );
    case 'multipart':
      return compareMultipart(ctx, expected, actual);
    default:
      return compareText(ctx, expected, actual);
  }
}

function compareText(ctx: TreeContext, expected: BodyView, actual: BodyView): void {
  const e = bodyText(expected);
  const a = bodyText(actual);
  const hit = ctx.rules.isEmpty ? undefined : ctx.rules.best([]);
  if (hit === undefined) {
    if (e === a) return;
    if (expected.kind !== 'binary') return report(ctx, [], e, a, `Expected body ${show(e)} but received ${show(a)}`);
    const [de, da] = [describeBytes(expected.contentType, e), describeBytes(actual.contentType, a)];
    return report(ctx, [], de, da, `Expected a body of ${de} but received ${da}`);
  }
  for (const failure of applyRuleList(hit.list, e, a, { direct: hit.direct, fromText: true }))
    report(ctx, [], e, a, failure.message, failure.rule);
}

const HEX_PREFIX = 16;

// Binary bodies are described, not printed: raw bytes are unreadable and can break a terminal.
function describeBytes(contentType: string | undefined, latin1: string): string {
  const hex = [...latin1.slice(0, HEX_PREFIX)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(' ');
  return (
    `${contentType ?? 'unknown type'}, ${latin1.length} bytes, ` +
    `starting ${hex}${latin1.length > HEX_PREFIX ? ' …' : ''}`
  );
}

function compareXmlBodies(ctx: TreeContext, expected: BodyView, actual: BodyView): void {
  const e = tryParseXml(bodyText(expected));
  const a = tryParseXml(bodyText(actual));
  if (typeof e === 'string')
    return report(ctx, [], bodyText(expected), bodyText(actual), `Failed to parse the expected body as XML: ${e}`);
  if (typeof a === 'string')
    return report(ctx, [], bodyText(expected), bodyText(actual), `Failed to parse the actual body as XML: ${a}`);
  compareXml(ctx, e, a);
}

function tryParseXml(text: string): XmlElement | string {
  try {
    return parseXml(text);
  } catch (error) {
    return (error as Error).message;
  }
}
