import { TableHead } from './table-head';

type Json = Record<string, unknown>;

/** One matching rule or generator at a place in the request or response. */
export interface RuleLine {
  where: string;
  path: string;
  text: string;
}

// `regex "^a$"`, `type (min: 1)`, `RandomInt (min: 1, max: 100)`: the rule's own value first, the rest in brackets.
function describe(rule: Json): string {
  const kind = String(rule.match ?? rule.type ?? 'rule');
  const own = kind in rule && kind !== 'type' ? ` ${JSON.stringify(rule[kind])}` : '';
  const args = Object.entries(rule).filter(([k]) => k !== 'match' && k !== 'type' && k !== kind);
  return `${kind}${own}${args.length ? ` (${args.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : ''}`;
}

function v3Lines(where: string, category: string, entry: unknown): RuleLine[] {
  const lines: RuleLine[] = [];
  const add = (path: string, value: unknown) => {
    const v = value as Json;
    const matchers = Array.isArray(v.matchers) ? (v.matchers as Json[]) : [v];
    const combine = matchers.length > 1 && v.combine ? ` (${String(v.combine)})` : '';
    lines.push({ where: `${where} ${category}`, path, text: matchers.map(describe).join(', ') + combine });
  };
  const e = entry as Json;
  if (Array.isArray(e.matchers)) add('', e);
  else for (const [path, value] of Object.entries(e ?? {})) add(path, value);
  return lines;
}

/** Flatten matching rules of any pact spec version (V2's `$.body.x` keys or V3/V4's categories) into lines. */
export function ruleLines(where: string, rules: unknown): RuleLine[] {
  if (!rules || typeof rules !== 'object') return [];
  const lines: RuleLine[] = [];
  for (const [key, value] of Object.entries(rules as Json)) {
    if (key.startsWith('$')) lines.push({ where, path: key, text: describe(value as Json) });
    else lines.push(...v3Lines(where, key, value));
  }
  return lines;
}

/** Flatten generators (`{ body: { '$.id': { type: 'RandomInt' } } }`) into lines. */
export function generatorLines(where: string, generators: unknown): RuleLine[] {
  if (!generators || typeof generators !== 'object') return [];
  const lines: RuleLine[] = [];
  for (const [category, value] of Object.entries(generators as Json)) {
    const v = value as Json;
    if (typeof v.type === 'string') lines.push({ where: `${where} ${category}`, path: '', text: describe(v) });
    else
      for (const [path, g] of Object.entries(v ?? {}))
        lines.push({ where: `${where} ${category}`, path, text: describe(g as Json) });
  }
  return lines;
}

/** A table of rule lines, or nothing when there are none. */
export function RuleTable({ caption, lines }: { caption: string; lines: RuleLine[] }) {
  if (lines.length === 0) return null;
  return (
    <table class="grid compact">
      <caption>{caption}</caption>
      <TableHead columns={['Where', 'Path', 'Rule']} />
      <tbody>
        {lines.map((l) => (
          <tr>
            <td>{l.where}</td>
            <td>
              <code>{l.path || '—'}</code>
            </td>
            <td>{l.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
