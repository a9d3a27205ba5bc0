import type { DocumentSet } from './collect-documents';
import { appendPointer, getAtPointer } from './json-pointer';
import { follow, type Located } from './resolve-ref';
import type { SchemaLocation } from './types';

type Json = Record<string, unknown>;

/** A field of an expected body that its schema does not declare. */
export interface UnknownField {
  /** Path suffix below the body, e.g. `.items[0].colour`. */
  path: string;
  /** Pointer to the schema that lacks it. */
  schemaPointer: string;
}

interface ObjectShape {
  /** Every schema that declares each property: `allOf` branches may each add fields to the same property. */
  properties: Map<string, Located[]>;
  open: boolean;
}

/** The `$ref` a discriminator selects for `value` (`mapping`, else a branch named like the value), if any. */
function discriminated(schema: Located, value: unknown): string | undefined {
  const property = (schema.value.discriminator as Json | undefined)?.propertyName;
  if (typeof property !== 'string' || value === null || typeof value !== 'object') return undefined;
  const name = (value as Json)[property];
  if (typeof name !== 'string') return undefined;
  const mapped = ((schema.value.discriminator as Json).mapping as Json | undefined)?.[name];
  return typeof mapped === 'string'
    ? mapped.includes('/')
      ? mapped
      : `#/components/schemas/${mapped}`
    : `#/components/schemas/${name}`;
}

function branches(docs: DocumentSet, schema: Located, seen: Set<string>, value?: unknown): Located[] {
  const key = schema.uri + schema.pointer;
  if (seen.has(key)) return [];
  seen.add(key);
  const out: Located[] = [schema];
  const selected = discriminated(schema, value);
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema.value[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      // A discriminator picks one alternative: the fields of the others are not the provider's promise.
      if (selected && keyword !== 'allOf' && (item as Json | null)?.$ref !== selected) return;
      const branch = follow(docs, schema.uri, appendPointer(schema.pointer, keyword, i), item);
      if (branch) out.push(...branches(docs, branch, seen, value));
    });
  }
  return out;
}

function objectShape(docs: DocumentSet, schemas: Located[], value: unknown): ObjectShape {
  const seen = new Set<string>();
  const all = schemas.flatMap((schema) => branches(docs, schema, seen, value));
  const properties = new Map<string, Located[]>();
  let declared = false;
  let open = false;
  for (const branch of all) {
    const props = branch.value.properties as Json | undefined;
    const extra = branch.value.additionalProperties;
    if (extra === true || (extra !== undefined && extra !== false) || branch.value.patternProperties) open = true;
    if (!props || typeof props !== 'object') continue;
    declared = true;
    for (const [name, raw] of Object.entries(props)) {
      const prop = follow(docs, branch.uri, appendPointer(branch.pointer, 'properties', name), raw);
      if (prop) properties.set(name, [...(properties.get(name) ?? []), prop]);
    }
  }
  return { properties, open: open || !declared };
}

function itemSchemas(docs: DocumentSet, schemas: Located[]): Located[] {
  const seen = new Set<string>();
  const out: Located[] = [];
  for (const branch of schemas.flatMap((schema) => branches(docs, schema, seen))) {
    if (branch.value.items && typeof branch.value.items === 'object' && !Array.isArray(branch.value.items)) {
      const items = follow(docs, branch.uri, appendPointer(branch.pointer, 'items'), branch.value.items);
      if (items) out.push(items);
    }
  }
  return out;
}

function walk(docs: DocumentSet, value: unknown, schemas: Located[], path: string, out: UnknownField[]): void {
  if (Array.isArray(value)) {
    const items = itemSchemas(docs, schemas);
    if (items.length > 0) value.forEach((item, i) => walk(docs, item, items, `${path}[${i}]`, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const shape = objectShape(docs, schemas, value);
  for (const [key, child] of Object.entries(value)) {
    const prop = shape.properties.get(key);
    const childPath = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}['${key}']`;
    if (prop) walk(docs, child, prop, childPath, out);
    else if (!shape.open) out.push({ path: childPath, schemaPointer: schemas[0].pointer });
  }
}

/**
 * The fields of `value` that the schema does not declare in `properties` (unless it sets
 * `additionalProperties`), as PactFlow's bi-directional check treats them: a consumer may not rely on them.
 */
export function findUnknownFields(docs: DocumentSet, location: SchemaLocation, value: unknown): UnknownField[] {
  const schema = follow(docs, location.uri, location.pointer, getAtPointer(docs.get(location.uri), location.pointer));
  const out: UnknownField[] = [];
  if (schema) walk(docs, value, [schema], '', out);
  return out;
}
