import type { PathSegment } from '../json-path/json-path';
import type { RuleIndex } from './rule-index';
import { applyRuleList } from './rules/rule-registry';
import { report, type TreeContext } from './tree-context';
import type { XmlElement } from './xml-dom';
import { show } from './values';

// Rules name XML locations without element indexes (`$.a.b.#text`, `$.a.b['@id']`), while
// mismatch paths keep them (`$.a.b[1]['#text']`) so that people can find the element.
interface Where {
  lookup: PathSegment[];
  shown: PathSegment[];
}

/**
 * Compare two XML documents: root name, attributes (`@name`), text (`#text`) and child elements
 * grouped by name; rules apply to attributes, text and to groups of same-named children (min/max, type).
 */
export function compareXml(ctx: TreeContext, expected: XmlElement, actual: XmlElement): void {
  const where = { lookup: [expected.name], shown: [expected.name] };
  if (expected.name !== actual.name) {
    report(ctx, [], `<${expected.name}>`, `<${actual.name}>`, `Expected element <${expected.name}> but received <${actual.name}>`);
    return;
  }
  compareElement(ctx, where, expected, actual);
}

function child(where: Where, lookup: PathSegment, ...shown: PathSegment[]): Where {
  return { lookup: [...where.lookup, lookup], shown: [...where.shown, ...shown] };
}

function compareElement(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  compareAttributes(ctx, where, expected, actual);
  if (expected.text !== '') compareText(ctx, child(where, '#text', '#text'), expected.text, actual.text);
  compareChildren(ctx, where, expected, actual);
}

function compareAttributes(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  for (const [name, value] of Object.entries(expected.attributes)) {
    const at = child(where, `@${name}`, `@${name}`);
    const other = actual.attributes[name];
    if (other === undefined) report(ctx, at.shown, value, undefined, `Expected attribute '${name}' on <${expected.name}> but it was missing`);
    else compareText(ctx, at, value, other);
  }
  if (ctx.allowUnexpectedKeys) return;
  for (const name of Object.keys(actual.attributes)) {
    if (!(name in expected.attributes)) report(ctx, [...where.shown, `@${name}`], undefined, actual.attributes[name], `Unexpected attribute '${name}' on <${actual.name}>`);
  }
}

function compareText(ctx: TreeContext, at: Where, expected: string, actual: string): void {
  const hit = best(ctx.rules, at.lookup);
  if (hit === undefined) {
    if (expected !== actual) report(ctx, at.shown, expected, actual, `Expected ${show(expected)} but received ${show(actual)}`);
    return;
  }
  for (const failure of applyRuleList(hit.list, expected, actual, { direct: hit.direct, fromText: true })) {
    report(ctx, at.shown, expected, actual, failure.message, failure.rule);
  }
}

function best(rules: RuleIndex, lookup: PathSegment[]) {
  return rules.isEmpty ? undefined : rules.best(lookup);
}

function groupByName(elements: XmlElement[]): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const element of elements) {
    const group = groups.get(element.name);
    if (group) group.push(element);
    else groups.set(element.name, [element]);
  }
  return groups;
}

function compareChildren(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  const expectedGroups = groupByName(expected.children);
  const actualGroups = groupByName(actual.children);
  for (const [name, group] of expectedGroups) {
    const others = actualGroups.get(name) ?? [];
    const at = child(where, name, name);
    const hit = best(ctx.rules, at.lookup);
    if (hit !== undefined) {
      for (const failure of applyRuleList(hit.list, group, others, { direct: hit.direct, fromText: true })) {
        report(ctx, at.shown, `${group.length} <${name}>`, `${others.length} <${name}>`, failure.message, failure.rule);
      }
    } else if (group.length !== others.length) {
      report(ctx, at.shown, `${group.length} <${name}>`, `${others.length} <${name}>`, `Expected ${group.length} <${name}> ${group.length === 1 ? 'element' : 'elements'} but received ${others.length}`);
    }
    const count = hit !== undefined ? others.length : Math.min(group.length, others.length);
    for (let i = 0; i < count; i++) {
      compareElement(ctx, { lookup: at.lookup, shown: [...at.shown, i] }, group[i] ?? group[0], others[i]);
    }
  }
  if (ctx.allowUnexpectedKeys) return;
  for (const [name, group] of actualGroups) {
    if (!expectedGroups.has(name)) report(ctx, [...where.shown, name], undefined, `${group.length} <${name}>`, `Unexpected element <${name}> in <${actual.name}>`);
  }
}
