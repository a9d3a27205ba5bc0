import type { MatchingRule } from '@treaty/core';
import { isMatcher } from '../matchers/reify';
import type { Matcher } from '../matchers/matcher-types';
import { ruleFromMatcher } from '../template/rule-from-matcher';

/** An XML body written from an `XmlBuilder` template, with its body rules by path. */
export interface XmlFromTemplate {
  xml: string;
  rules: Record<string, MatchingRule>;
}

interface ElementJson {
  name: string;
  attributes?: Record<string, unknown>;
  children?: unknown[];
}

function isElement(x: unknown): x is ElementJson {
  return typeof x === 'object' && x !== null && typeof (x as ElementJson).name === 'string';
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&apos;')
    .replace(/"/g, '&quot;');
}

function attributeText(value: unknown, path: string, rules: Record<string, MatchingRule>): string {
  if (!isMatcher(value)) return String(value);
  rules[path] = ruleFromMatcher(value);
  return String((value as { value?: unknown }).value ?? '');
}

function childXml(child: unknown, path: string, rules: Record<string, MatchingRule>): string {
  if (isElement(child)) return elementXml(child, `${path}.${child.name}`, rules);
  if (isMatcher(child) && isElement(child.value)) {
    const { min, max, examples } = child as unknown as { min?: number; max?: number; examples?: number };
    const element = child.value;
    const elementPath = `${path}.${element.name}`;
    rules[elementPath] = {
      match: 'type',
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    };
    const one = elementXml(element, elementPath, rules);
    return one.repeat(Math.max(examples ?? 1, min ?? 1));
  }
  const text = child as { content?: unknown; matcher?: Matcher<unknown> };
  if (text.matcher && isMatcher(text.matcher)) rules[`${path}.#text`] = ruleFromMatcher(text.matcher);
  return escapeXml(String(text.content ?? ''));
}

function elementXml(element: ElementJson, path: string, rules: Record<string, MatchingRule>): string {
  const attributes = Object.entries(element.attributes ?? {})
    .map(([name, value]) => ` ${name}='${escapeXml(attributeText(value, `${path}['@${name}']`, rules))}'`)
    .join('');
  const children = (element.children ?? []).map((child) => childXml(child, path, rules)).join('');
  return `<${element.name}${attributes}>${children}</${element.name}>`;
}

/**
 * The XML body and body rules for an `XmlBuilder.build()` result, or undefined when `body` is not one
 * (the rule paths are pact-js's: `$.root.child`, `$.root.child['@attr']`, `$.root.child.#text`).
 * @example xmlFromTemplate(new XmlBuilder('1.0', 'UTF-8', 'a').build((el) => el.appendText('x')))
 */
export function xmlFromTemplate(body: string): XmlFromTemplate | undefined {
  if (!body.trimStart().startsWith('{')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const root = (parsed as { root?: unknown } | null)?.root;
  if (!isElement(root)) return undefined;
  const rules: Record<string, MatchingRule> = {};
  const xml = `<?xml version='1.0'?>${elementXml(root, `$.${root.name}`, rules)}`;
  return { xml, rules };
}
