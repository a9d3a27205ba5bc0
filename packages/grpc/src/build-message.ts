import * as protobuf from 'protobufjs';
import { isRuleExpression, parseRuleExpression, type Generator, type RuleList } from '@treaty/core';

/** A message built from the plugin's field expressions: the example value, and rules and generators by JSON path. */
export interface BuiltMessage {
  value: Record<string, unknown>;
  rules: Record<string, RuleList>;
  generators: Record<string, Generator>;
}

const VALUES_MATCHERS = new Set(['eachValue', 'eachKey', 'values']);
const NUMERIC = new Set([
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
]);

function scalar(field: protobuf.Field, raw: unknown, path: string): unknown {
  if (raw === null || raw === undefined) return raw;
  if (NUMERIC.has(field.type)) {
    const n = typeof raw === 'number' ? raw : Number(raw);
    if (!Number.isFinite(n))
      throw new Error(`field ${path} is a ${field.type}, but ${JSON.stringify(raw)} is not a number`);
    return n;
  }
  if (field.type === 'bool') return raw === true || raw === 'true';
  if (field.resolvedType instanceof protobuf.Enum && !(String(raw) in field.resolvedType.values)) {
    throw new Error(
      `field ${path} is a ${field.resolvedType.name}: ${JSON.stringify(raw)} is not one ` +
        `of ${Object.keys(field.resolvedType.values).join(', ')}`,
    );
  }
  return typeof raw === 'string' ? raw : String(raw);
}

function fieldOf(type: protobuf.Type, name: string): protobuf.Field {
  const field =
    type.fields[name] ??
    type.fieldsArray.find((f) => f.name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) === name);
  if (!field)
    throw new Error(
      `message ${type.fullName.slice(1)} has no field '${name}' (fields: ${Object.keys(type.fields).join(', ')})`,
    );
  return field.resolve();
}

class Builder {
  readonly rules: Record<string, RuleList> = {};
  readonly generators: Record<string, Generator> = {};

  /** One value of a field (not the whole repeated list). */
  element(field: protobuf.Field, raw: unknown, path: string): unknown {
    if (field.resolvedType instanceof protobuf.Type) {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new Error(`field ${path} is a ${field.resolvedType.fullName.slice(1)} message: give it an object`);
      return this.message(field.resolvedType, raw as Record<string, unknown>, path);
    }
    if (typeof raw === 'string' && isRuleExpression(raw)) {
      const definition = parseRuleExpression(raw, path);
      this.record(path, definition.rules, definition.generator);
      return scalar(field, definition.value, path);
    }
    return scalar(field, raw, path);
  }

  record(path: string, rules: RuleList['matchers'], generator?: Generator): void {
    // As the plugin does: a values matcher written for every item of a repeated field applies to the field itself.
    const values = rules.filter((r) => VALUES_MATCHERS.has(r.match));
    if (path.endsWith('.*') && values.length > 0) {
      this.record(path.slice(0, -2), values);
      rules = rules.filter((r) => !VALUES_MATCHERS.has(r.match));
    }
    if (rules.length > 0)
      this.rules[path] = { combine: 'AND', matchers: [...(this.rules[path]?.matchers ?? []), ...rules] };
    if (generator) this.generators[path] = generator;
  }

  repeated(field: protobuf.Field, raw: unknown, path: string): unknown[] {
    if (Array.isArray(raw)) return raw.map((item, i) => this.element(field, item, `${path}[${i}]`));
    if (raw && typeof raw === 'object' && 'pact:match' in raw) {
      const { 'pact:match': definition, ...example } = raw as Record<string, unknown>;
      this.record(path, parseRuleExpression(String(definition), path).rules);
      return [this.element(field, example, `${path}.*`)];
    }
    return [this.element(field, raw, `${path}.*`)];
  }

  map(field: protobuf.Field, raw: unknown, path: string): Record<string, unknown> {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      throw new Error(`field ${path} is a map: give it an object`);
    const { 'pact:match': definition, ...entries } = raw as Record<string, unknown>;
    if (definition !== undefined) {
      const { rules } = parseRuleExpression(String(definition), path);
      this.record(path, rules);
      // With only a definition, the example entry is the eachKey and eachValue examples, as the plugin makes it.
      const key = rules.find((r) => r.match === 'eachKey')?.value;
      const value = rules.find((r) => r.match === 'eachValue')?.value;
      if (Object.keys(entries).length === 0 && key !== undefined && value !== undefined) entries[String(key)] = value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entries)) out[key] = this.element(field, value, `${path}.${key}`);
    return out;
  }

  message(type: protobuf.Type, config: Record<string, unknown>, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(config)) {
      if (name.startsWith('pact:')) continue;
      const field = fieldOf(type, name);
      const fieldPath = `${path}.${field.name}`;
      if (field.map) out[field.name] = this.map(field, raw, fieldPath);
      else if (field.repeated) out[field.name] = this.repeated(field, raw, fieldPath);
      else out[field.name] = this.element(field, raw, fieldPath);
    }
    return out;
  }
}

/**
 * Build a message from the protobuf plugin's configuration: each field is a literal or a matching definition
 * (`"matching(number, 3)"`), nested messages are objects, repeated fields lists (or one definition for every item).
 * @example buildMessage(root.lookupType('Rectangle'), { length: 'matching(number, 3)', width: 4 })
 * @throws Error naming the field when a field is unknown or a value does not fit; TreatyError for a bad definition
 */
export function buildMessage(type: protobuf.Type, config: Record<string, unknown>): BuiltMessage {
  const builder = new Builder();
  const value = builder.message(type, config, '$');
  return { value, rules: builder.rules, generators: builder.generators };
}
