import { coreErrors } from '../core-errors';
import type { Generator, MatchingRule } from '../model';
import { tokenize, type Token } from './tokenize';

/** What a matching-rule definition such as `matching(number, 3)` stands for. */
export interface RuleDefinition {
  /** The example value written into the pact (`3`); `undefined` when the definition gives none (`atLeast(1)`). */
  value: unknown;
  /** The rules for the field, in the order written (`combine` AND). */
  rules: MatchingRule[];
  /** The generator `fromProviderState(...)` asks for. */
  generator?: Generator;
  /** `matching($'name')`: the definition refers to another field's definition by name. */
  reference?: string;
}

const FUNCTIONS = ['matching', 'notEmpty', 'eachKey', 'eachValue', 'atLeast', 'atMost', 'fromProviderState'];

/**
 * True when a string is a matching-rule definition rather than a literal value.
 * @example isRuleExpression("matching(number, 3)") // true
 */
export function isRuleExpression(text: string): boolean {
  const trimmed = text.trimStart();
  return FUNCTIONS.some((name) => trimmed.startsWith(`${name}(`));
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  next(what: string): Token {
    const token = this.tokens[this.i++];
    if (!token) throw new SyntaxError(`expected ${what} but the definition ended`);
    return token;
  }

  expect(text: string): void {
    const token = this.next(`'${text}'`);
    if (token.text !== text || token.kind === 'string')
      throw new SyntaxError(`expected '${text}' at offset ${token.at}, found '${token.text}'`);
  }

  string(): string {
    const token = this.next('a quoted string');
    if (token.kind !== 'string')
      throw new SyntaxError(`expected a quoted string at offset ${token.at}, found '${token.text}'`);
    return token.text;
  }

  primitive(): unknown {
    const token = this.next('a value');
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number' && Number.isFinite(Number(token.text))) return Number(token.text);
    if (token.kind === 'word' && (token.text === 'true' || token.text === 'false')) return token.text === 'true';
    if (token.kind === 'word' && token.text === 'null') return null;
    throw new SyntaxError(`expected a value at offset ${token.at}, found '${token.text}'`);
  }

  integer(): number {
    const value = this.primitive();
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw new SyntaxError(`expected an integer, found ${JSON.stringify(value)}`);
    return value;
  }

  done(): boolean {
    return this.i >= this.tokens.length;
  }
}

const NUMERIC: Record<string, string> = { number: 'number', integer: 'integer', decimal: 'decimal' };
const DATES = new Set(['datetime', 'date', 'time', 'timestamp']);

function matchingRule(p: Parser): RuleDefinition {
  if (p.peek()?.kind === 'dollar') {
    p.next('$');
    return { value: undefined, rules: [], reference: p.string() };
  }
  const name = p.next('a rule name').text;
  p.expect(',');
  if (name === 'type') return { value: p.primitive(), rules: [{ match: 'type' }] };
  if (name === 'equalTo') return { value: p.primitive(), rules: [{ match: 'equality' }] };
  if (NUMERIC[name]) return { value: p.primitive(), rules: [{ match: NUMERIC[name] }] };
  if (name === 'boolean') return { value: p.primitive(), rules: [{ match: 'boolean' }] };
  if (name === 'include') {
    const value = p.string();
    return { value, rules: [{ match: 'include', value }] };
  }
  if (name === 'semver') return { value: p.string(), rules: [{ match: 'semver' }] };
  const first = p.string();
  p.expect(',');
  const value = p.string();
  if (name === 'regex') return { value, rules: [{ match: 'regex', regex: first }] };
  if (DATES.has(name)) return { value, rules: [{ match: name === 'timestamp' ? 'datetime' : name, format: first }] };
  if (name === 'contentType') return { value, rules: [{ match: 'contentType', value: first }] };
  throw new SyntaxError(`unknown rule '${name}'`);
}

function nested(p: Parser, match: 'eachKey' | 'eachValue'): RuleDefinition {
  const inner = expression(p);
  return { value: inner.value, rules: [{ match, rules: inner.rules, value: inner.value ?? '' }] };
}

function expression(p: Parser): RuleDefinition {
  const name = p.next('matching(...), notEmpty(...), eachKey(...), eachValue(...), atLeast(n) or atMost(n)');
  p.expect('(');
  let definition: RuleDefinition;
  if (name.text === 'matching') definition = matchingRule(p);
  else if (name.text === 'notEmpty') definition = { value: p.primitive(), rules: [{ match: 'notEmpty' }] };
  else if (name.text === 'eachKey' || name.text === 'eachValue') definition = nested(p, name.text);
  else if (name.text === 'atLeast') definition = { value: undefined, rules: [{ match: 'type', min: p.integer() }] };
  else if (name.text === 'atMost') definition = { value: undefined, rules: [{ match: 'type', max: p.integer() }] };
  else if (name.text === 'fromProviderState') {
    const expr = p.string();
    p.expect(',');
    definition = { value: p.primitive(), rules: [], generator: { type: 'ProviderState', expression: expr } };
  } else throw new SyntaxError(`unknown function '${name.text}' at offset ${name.at}`);
  p.expect(')');
  return definition;
}

function merge(all: RuleDefinition[]): RuleDefinition {
  const out: RuleDefinition = { value: undefined, rules: [] };
  for (const d of all) {
    if (d.value !== undefined) out.value = d.value;
    out.rules.push(...d.rules);
    if (d.generator) out.generator = d.generator;
    if (d.reference) out.reference = d.reference;
  }
  return out;
}

/**
 * Parse a matching-rule definition of the Pact plugin language into rules and an example value.
 * Several definitions may be joined with commas (`atLeast(1), eachValue(matching(type, 'x'))`).
 * @example parseRuleExpression("matching(regex, '\\d+', '12')") // { value: '12', rules: [{ match: 'regex', regex:
 *   '\\d+' }] }
 * @throws TreatyError TREATY_CORE_INVALID_RULE_EXPRESSION when the text is not a valid definition
 */
export function parseRuleExpression(text: string, path = '$'): RuleDefinition {
  try {
    const p = new Parser(tokenize(text));
    const all = [expression(p)];
    while (!p.done()) {
      p.expect(',');
      all.push(expression(p));
    }
    return merge(all);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw coreErrors.TREATY_CORE_INVALID_RULE_EXPRESSION([JSON.stringify(text), path, reason], { path });
  }
}
