import type { PathSegment } from '../json-path/json-path';
import { applyRuleList, applyRules, hasRule, isContainerRule } from './rules/rule-registry';
import { report, type TreeContext } from './tree-context';
import type { XmlElement } from './xml-dom';
import { xmlRules } from './xml-rule-lookup';
import { show } from './values';

// Rules name XML locations without element indexes (`$.a.b.#text`, `$.a.b['@id']`), while
// mismatch paths keep them (`$.a.b[1]['#text']`) so that people can find the element.
interface Where {
  lookup: PathSegment[];
  shown: PathSegment[];
}

/**
 * Compare two XML documents: element names and namespaces, attributes (`@name`), text (`#text`) and
 * child elements grouped by name; a rule on an element treats its children as a list matched against
 * the first expected child.
 */
export function compareXml(ctx: TreeContext, expected: XmlElement, actual: XmlElement): void {
  const where = { lookup: [expected.name], shown: [expected.name] };
  if (!sameElement(ctx, where, expected, actual)) return;
  compareElement(ctx, where, expected, actual);
}

function sameElement(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): boolean {
  if (expected.name !== actual.name) {
    report(
      ctx,
      where.shown,
      `<${expected.name}>`,
      `<${actual.name}>`,
      `Expected element <${expected.name}> but received <${actual.name}>`,
    );
    return false;
  }
  if (expected.namespace !== actual.namespace) {
    const [e, a] = [expected.namespace ?? '(none)', actual.namespace ?? '(none)'];
    report(
      ctx,
      where.shown,
      expected.namespace,
      actual.namespace,
      `Expected element <${expected.name}> in namespace '${e}' but received namespace '${a}'`,
    );
    return false;
  }
  return true;
}

function child(where: Where, name: PathSegment): Where {
  return { lookup: [...where.lookup, name], shown: [...where.shown, name] };
}

function compareElement(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  compareAttributes(ctx, where, expected, actual);
  compareText(ctx, child(where, '#text'), expected.text, actual.text);
  const hit = xmlRules(ctx.rules, where.lookup);
  if (hit !== undefined && hit.direct && hasRule(hit.list, 'type', 'values', 'eachValue'))
    compareChildList(ctx, where, expected, actual);
  else compareChildGroups(ctx, where, expected, actual);
}

function compareAttributes(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  for (const [name, value] of Object.entries(expected.attributes)) {
    const at = child(where, `@${name}`);
    const other = actual.attributes[name];
    if (other === undefined)
      report(ctx, at.shown, value, undefined, `Expected attribute '${name}' on <${expected.name}> but it was missing`);
    else compareText(ctx, at, value, other);
  }
  if (ctx.allowUnexpectedKeys) return;
  for (const name of Object.keys(actual.attributes)) {
    if (!(name in expected.attributes))
      report(
        ctx,
        [...where.shown, `@${name}`],
        undefined,
        actual.attributes[name],
        `Unexpected attribute '${name}' on <${actual.name}>`,
      );
  }
}

function compareText(ctx: TreeContext, at: Where, expected: string, actual: string): void {
  const hit = xmlRules(ctx.rules, at.lookup);
  if (hit !== undefined) {
    const outcome = applyRules(hit.list, expected, actual, { direct: hit.direct, fromText: true });
    for (const failure of outcome.failures) report(ctx, at.shown, expected, actual, failure.message, failure.rule);
    if (outcome.applied > 0) return;
  }
  if (expected !== actual)
    report(ctx, at.shown, expected, actual, `Expected ${show(expected)} but received ${show(actual)}`);
}

// A rule on the element: its children are a list, each compared with the expected child at its index or the first.
function compareChildList(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  const hit = xmlRules(ctx.rules, where.lookup)!;
  for (const failure of applyRuleList(hit.list, expected.children, actual.children, { direct: true, fromText: true })) {
    report(
      ctx,
      where.shown,
      `${expected.children.length} children`,
      `${actual.children.length} children`,
      failure.message,
      failure.rule,
    );
  }
  actual.children.forEach((other, i) => {
    const template = expected.children[i] ?? expected.children[0];
    if (template === undefined) return;
    const at = { lookup: [...where.lookup, template.name], shown: [...where.shown, other.name, i] };
    if (sameElement(ctx, at, template, other)) compareElement(ctx, at, template, other);
  });
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

function compareChildGroups(ctx: TreeContext, where: Where, expected: XmlElement, actual: XmlElement): void {
  const expectedGroups = groupByName(expected.children);
  const actualGroups = groupByName(actual.children);
  for (const [name, group] of expectedGroups)
    compareGroup(ctx, child(where, name), name, group, actualGroups.get(name) ?? []);
  if (ctx.allowUnexpectedKeys) return;
  for (const [name, group] of actualGroups) {
    if (!expectedGroups.has(name))
      report(
        ctx,
        [...where.shown, name],
        undefined,
        `${group.length} <${name}>`,
        `Unexpected element <${name}> in <${actual.name}>`,
      );
  }
}

function compareGroup(ctx: TreeContext, at: Where, name: string, group: XmlElement[], others: XmlElement[]): void {
  const hit = xmlRules(ctx.rules, at.lookup);
  if (hit !== undefined) {
    // Value rules (a regex, a number, ...) on a repeated element reach each element's text (its `#text`),
    // as the specification's "matches with regex xml" case says; only the other rules judge the group.
    const groupRules = { ...hit.list, matchers: hit.list.matchers.filter(isContainerRule) };
    const failures =
      groupRules.matchers.length > 0
        ? applyRuleList(groupRules, group, others, { direct: hit.direct, fromText: true })
        : [];
    for (const failure of failures)
      report(ctx, at.shown, `${group.length} <${name}>`, `${others.length} <${name}>`, failure.message, failure.rule);
    if (groupRules.matchers.length === 0 && others.length < group.length) reportCount(ctx, at, name, group, others);
  } else if (others.length < group.length || (!ctx.allowUnexpectedKeys && others.length > group.length)) {
    reportCount(ctx, at, name, group, others);
  }
  // Without a rule, extra actual elements (allowed in responses) are not compared with anything.
  const count = hit !== undefined ? others.length : Math.min(group.length, others.length);
  for (let i = 0; i < count; i++) {
    const shown = { lookup: at.lookup, shown: [...at.shown, i] };
    if (sameElement(ctx, shown, group[i] ?? group[0], others[i]))
      compareElement(ctx, shown, group[i] ?? group[0], others[i]);
  }
}

function reportCount(ctx: TreeContext, at: Where, name: string, group: XmlElement[], others: XmlElement[]): void {
  const message =
    `Expected ${group.length} <${name}> ${group.length === 1 ? 'element' : 'elements'} but ` +
    `received ${others.length}`;
  report(ctx, at.shown, `${group.length} <${name}>`, `${others.length} <${name}>`, message);
}
