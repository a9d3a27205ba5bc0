import type { DocumentSet } from './collect-documents';
import { appendPointer, getAtPointer } from './json-pointer';
import { follow, type Located } from './resolve-ref';
import type { OpenApiVersion, OperationParameter, SchemaLocation } from './types';

type Json = Record<string, unknown>;

/** The Swagger 2.0 parameter and header fields that are JSON Schema keywords. */
const SCHEMA_KEYS = [
  'type',
  'format',
  'items',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
];

const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** Where a list of parameters (or a map of headers) lives. */
export interface Place {
  docs: DocumentSet;
  version: OpenApiVersion;
  /** The document and pointer that hold the value (what `$ref`s inside resolve against). */
  uri: string;
  pointer: string;
  /** The pointer reported to people (in the main document). */
  at: string;
}

/** The schema of a parameter or header: `schema` (3.x), or one built from its own fields (Swagger 2.0). */
export function fieldSchema(found: Located, version: OpenApiVersion): SchemaLocation | undefined {
  if (found.value.schema !== undefined) return { uri: found.uri, pointer: appendPointer(found.pointer, 'schema') };
  const content = found.value.content as Json | undefined;
  const first = content && typeof content === 'object' ? Object.keys(content)[0] : undefined;
  if (first !== undefined && (content?.[first] as Json | undefined)?.schema !== undefined) {
    return { uri: found.uri, pointer: appendPointer(found.pointer, 'content', first, 'schema') };
  }
  if (version !== '2.0' || typeof found.value.type !== 'string' || found.value.type === 'file') return undefined;
  const inline = Object.fromEntries(
    SCHEMA_KEYS.filter((key) => found.value[key] !== undefined).map((key) => [key, found.value[key]]),
  );
  return { uri: found.uri, pointer: found.pointer, inline };
}

function shapeOf(docs: DocumentSet, schema: SchemaLocation | undefined): OperationParameter['shape'] {
  if (!schema) return 'scalar';
  const value =
    schema.inline ??
    follow(docs, schema.uri, schema.pointer, getAtPointer(docs.get(schema.uri), schema.pointer))?.value;
  const type = value?.type;
  const types = Array.isArray(type) ? type.map(String) : [String(type)];
  if (types.includes('array')) return 'array';
  if (types.includes('object') || value?.properties !== undefined) return 'object';
  return 'scalar';
}

/** Swagger 2.0 `collectionFormat` as an OpenAPI 3 style. */
function legacyStyle(where: string, format: unknown): { style: string; explode: boolean } {
  const form = where === 'query' || where === 'formData';
  switch (format) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'tsv':
      return { style: 'tabDelimited', explode: false };
    default:
      return { style: form ? 'form' : 'simple', explode: false };
  }
}

function styleOf(version: OpenApiVersion, param: Json, where: string): { style: string; explode: boolean } {
  if (version === '2.0') return legacyStyle(where, param.collectionFormat);
  const style =
    typeof param.style === 'string' ? param.style : where === 'query' || where === 'cookie' ? 'form' : 'simple';
  return { style, explode: typeof param.explode === 'boolean' ? param.explode : style === 'form' };
}

/** The path, query, header and cookie parameters of a `parameters` list, `$ref`s followed. */
export function buildParameters(place: Place, list: unknown): OperationParameter[] {
  if (!Array.isArray(list)) return [];
  const out: OperationParameter[] = [];
  list.forEach((raw, i) => {
    const param = follow(place.docs, place.uri, appendPointer(place.pointer, i), raw);
    if (!param || typeof param.value.name !== 'string') return;
    const where = param.value.in;
    if (where !== 'path' && where !== 'query' && where !== 'header' && where !== 'cookie') return;
    // OpenAPI 3: header parameters named Accept, Content-Type or Authorization "SHALL be ignored" (other fields say
    // them).
    if (where === 'header' && place.version !== '2.0' && IGNORED_HEADERS.has(param.value.name.toLowerCase())) return;
    const schema = fieldSchema(param, place.version);
    out.push({
      name: param.value.name,
      in: where,
      required: param.value.required === true || where === 'path',
      schema,
      ...styleOf(place.version, param.value, where),
      shape: shapeOf(place.docs, schema),
      location: appendPointer(place.at, i),
    });
  });
  return out;
}

/** Swagger 2.0 `formData` parameters as one object schema (what OpenAPI 3 writes as a form request body). */
export function formDataSchema(place: Place, list: unknown[]): SchemaLocation | undefined {
  const properties: Json = {};
  const required: string[] = [];
  list.forEach((raw, i) => {
    const param = follow(place.docs, place.uri, appendPointer(place.pointer, i), raw);
    if (!param || param.value.in !== 'formData' || typeof param.value.name !== 'string') return;
    properties[param.value.name] = fieldSchema(param, place.version)?.inline ?? {};
    if (param.value.required === true) required.push(param.value.name);
  });
  if (Object.keys(properties).length === 0) return undefined;
  return { uri: place.uri, pointer: place.pointer, inline: { type: 'object', properties, required } };
}
