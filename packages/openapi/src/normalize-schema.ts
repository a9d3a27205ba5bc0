import type { OpenApiVersion } from './types';

type Json = Record<string, unknown>;

/** `{ nullable: true }` alone, as rewritten below (children are rewritten before their parents). */
function isNullMarker(branch: unknown): boolean {
  const b = branch as Json | null;
  if (b === null || typeof b !== 'object') return false;
  const any = b.anyOf as Json[] | undefined;
  return (
    Object.keys(b).length === 1 &&
    Array.isArray(any) &&
    any.length === 2 &&
    Object.keys(any[0]).length === 0 &&
    any[1].type === 'null'
  );
}

/** Rewrite OpenAPI 3.0 / Swagger 2.0 schema dialect into what ajv's draft-07 understands (on a copy). */
function rewriteLegacy(node: Json): Json {
  const out: Json = { ...node };
  // `allOf: [{ $ref }, { nullable: true }]` (Box's document, many generators) means "this schema, or null".
  if (Array.isArray(out.allOf) && out.allOf.some(isNullMarker)) {
    return { anyOf: [{ ...out, allOf: out.allOf.filter((b) => !isNullMarker(b)) }, { type: 'null' }] };
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined && !Array.isArray(out.enum)) return { anyOf: [out, { type: 'null' }] };
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = out[`exclusive${bound}`];
    const limit = out[bound.toLowerCase()];
    if (flag === true && typeof limit === 'number') {
      out[`exclusive${bound}`] = limit;
      delete out[bound.toLowerCase()];
    } else if (typeof flag === 'boolean') {
      delete out[`exclusive${bound}`];
    }
  }
  return out;
}

/**
 * The names a discriminator accepts, with the schema each selects: its `mapping`, else the names of its `oneOf`/`anyOf`
 * `$ref`s.
 */
function discriminatorTargets(node: Json): Array<[string, string]> {
  const discriminator = node.discriminator as Json;
  if (discriminator.mapping && typeof discriminator.mapping === 'object') {
    return Object.entries(discriminator.mapping as Json).map(([name, ref]) => [
      name,
      String(ref).includes('/') ? String(ref) : `#/components/schemas/${String(ref)}`,
    ]);
  }
  const branches = [
    ...(Array.isArray(node.oneOf) ? node.oneOf : []),
    ...(Array.isArray(node.anyOf) ? node.anyOf : []),
  ] as Json[];
  return branches
    .filter((b) => typeof b?.$ref === 'string')
    .map((b) => [String(b.$ref).split('/').pop() as string, String(b.$ref)]);
}

/**
 * Make a `discriminator` checkable: its property must name a known schema, and the object must fit the schema it names.
 */
function applyDiscriminator(node: Json): Json {
  const property = (node.discriminator as Json | undefined)?.propertyName;
  if (typeof property !== 'string') return node;
  const targets = discriminatorTargets(node);
  if (targets.length === 0) return node;
  const rules = targets.map(([name, ref]) => ({
    if: { properties: { [property]: { const: name } }, required: [property] },
    then: { $ref: ref },
  }));
  const known = { properties: { [property]: { enum: targets.map(([name]) => name) } } };
  return { ...node, allOf: [...(Array.isArray(node.allOf) ? node.allOf : []), known, ...rules] };
}

/** Drop `required` lists, so that a schema accepts any subset of its properties (what a consumer may expect). */
function dropRequired(node: Json): Json {
  if (!Array.isArray(node.required)) return node;
  const { required: _required, ...rest } = node;
  return rest;
}

/** Deep-copy a document, applying `rewrite` to every object (with the key it sits under). */
function mapObjects(node: unknown, rewrite: (value: Json, key: string) => Json, key = ''): unknown {
  if (Array.isArray(node)) return node.map((item) => mapObjects(item, rewrite, key));
  if (node === null || typeof node !== 'object') return node;
  const copy: Json = {};
  for (const [child, value] of Object.entries(node)) {
    if (key !== 'properties' && isData(child)) continue;
    copy[child] = mapObjects(value, rewrite, child);
  }
  return rewrite(copy, key);
}

/**
 * Keys whose values are data or vendor notes, not schemas: ajv would read an `$id` in an example as a schema id
 * (Box's document has such examples), so they are left out of what ajv sees.
 */
function isData(key: string): boolean {
  return key === 'example' || key === 'examples' || key.startsWith('x-');
}

/**
 * `required: true` inside a schema (a Swagger 2 parameter habit) is not JSON Schema; ajv refuses the whole document for
 * it.
 */
function dropInvalidRequired(node: Json, key: string): Json {
  if (key === 'properties' || node.required === undefined || Array.isArray(node.required)) return node;
  const { required: _required, ...rest } = node;
  return rest;
}

/**
 * `then` / `else` branches keep their `required`: a consumer's expectation must still name what a condition demands.
 */
const CONDITIONAL = new Set(['then', 'else']);

/** The document as ajv should see it: legacy dialect rewritten, and `required` dropped for subset checks. */
export function schemaDocument(doc: unknown, version: OpenApiVersion, options: { subset: boolean }): unknown {
  const legacy = version !== '3.1';
  return mapObjects(doc, (node, key) => {
    const modern = dropInvalidRequired(legacy ? rewriteLegacy(node) : node, key);
    const rewritten = modern.discriminator !== undefined && version !== '2.0' ? applyDiscriminator(modern) : modern;
    return options.subset && !CONDITIONAL.has(key) ? dropRequired(rewritten) : rewritten;
  });
}
