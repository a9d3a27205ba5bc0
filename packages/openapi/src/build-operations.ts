import type { DocumentSet } from './collect-documents';
import { appendPointer, pointer } from './json-pointer';
import { follow, type Located } from './resolve-ref';
import type { MediaTypes, OpenApiOperation, OpenApiVersion, OperationParameter, OperationResponse } from './types';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Context {
  docs: DocumentSet;
  uri: string;
  version: OpenApiVersion;
  /** Swagger 2.0 `consumes` / `produces` defaults. */
  consumes: string[];
  produces: string[];
}

type Json = Record<string, unknown>;

function asList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : undefined;
}

function parameters(ctx: Context, list: unknown, at: string): OperationParameter[] {
  if (!Array.isArray(list)) return [];
  const out: OperationParameter[] = [];
  list.forEach((raw, i) => {
    const param = follow(ctx.docs, ctx.uri, appendPointer(at, i), raw);
    if (!param || typeof param.value.name !== 'string') return;
    const where = param.value.in;
    if (where !== 'path' && where !== 'query' && where !== 'header' && where !== 'cookie') return;
    const schema = param.value.schema !== undefined ? { uri: param.uri, pointer: appendPointer(param.pointer, 'schema') } : undefined;
    out.push({ name: param.value.name, in: where, required: param.value.required === true || where === 'path', schema, location: appendPointer(at, i) });
  });
  return out;
}

function content(ctx: Context, located: Located, at: string): MediaTypes {
  const out: MediaTypes = {};
  const map = located.value.content;
  if (map && typeof map === 'object') {
    for (const [mediaType, entry] of Object.entries(map as Json)) {
      const hasSchema = entry !== null && typeof entry === 'object' && (entry as Json).schema !== undefined;
      const schema = hasSchema ? { uri: located.uri, pointer: appendPointer(located.pointer, 'content', mediaType, 'schema') } : undefined;
      out[mediaType] = { schema, location: appendPointer(at, 'content', mediaType, 'schema') };
    }
  }
  return out;
}

function responses(ctx: Context, op: Json, at: string, produces: string[]): Record<string, OperationResponse> {
  const out: Record<string, OperationResponse> = {};
  for (const [key, raw] of Object.entries((op.responses as Json | undefined) ?? {})) {
    const location = appendPointer(at, 'responses', key);
    const response = follow(ctx.docs, ctx.uri, location, raw);
    if (!response) continue;
    if (ctx.version === '2.0') {
      const schema = response.value.schema !== undefined ? { uri: response.uri, pointer: appendPointer(response.pointer, 'schema') } : undefined;
      const media: MediaTypes = {};
      if (schema) for (const type of produces) media[type] = { schema, location: appendPointer(location, 'schema') };
      out[key] = { key, content: media, location };
    } else {
      out[key] = { key, content: content(ctx, response, location), location };
    }
  }
  return out;
}

function requestBody(ctx: Context, op: Json, at: string, params: unknown[], consumes: string[]): OpenApiOperation['requestBody'] {
  if (ctx.version === '2.0') {
    const index = params.findIndex((p) => (follow(ctx.docs, ctx.uri, at, p)?.value.in === 'body'));
    if (index === -1) return undefined;
    const body = follow(ctx.docs, ctx.uri, appendPointer(at, 'parameters', index), params[index]) as Located;
    const media: MediaTypes = {};
    for (const type of consumes) media[type] = { schema: { uri: body.uri, pointer: appendPointer(body.pointer, 'schema') }, location: appendPointer(at, 'parameters', index, 'schema') };
    return { required: body.value.required === true, content: media, location: appendPointer(at, 'parameters', index) };
  }
  const location = appendPointer(at, 'requestBody');
  const body = op.requestBody === undefined ? undefined : follow(ctx.docs, ctx.uri, location, op.requestBody);
  if (!body) return undefined;
  return { required: body.value.required === true, content: content(ctx, body, location), location };
}

function operation(ctx: Context, template: string, method: string, item: Located, op: Json): OpenApiOperation {
  const at = pointer('paths', template, method);
  const shared = parameters(ctx, item.value.parameters, appendPointer(pointer('paths', template), 'parameters'));
  const own = parameters(ctx, op.parameters, appendPointer(at, 'parameters'));
  const merged = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
  const allParams = [...(Array.isArray(item.value.parameters) ? item.value.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])];
  return {
    method: method.toUpperCase(),
    pathTemplate: template,
    operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
    location: at,
    parameters: merged,
    requestBody: requestBody(ctx, op, at, Array.isArray(op.parameters) ? op.parameters : allParams, asList(op.consumes) ?? ctx.consumes),
    responses: responses(ctx, op, at, asList(op.produces) ?? ctx.produces),
  };
}

/** Every operation of the main document, with `$ref`s to path items, parameters, bodies and responses followed. */
export function buildOperations(docs: DocumentSet, uri: string, version: OpenApiVersion): OpenApiOperation[] {
  const doc = docs.get(uri) as Json;
  const ctx: Context = { docs, uri, version, consumes: asList(doc.consumes) ?? ['application/json'], produces: asList(doc.produces) ?? ['application/json'] };
  const out: OpenApiOperation[] = [];
  for (const [template, raw] of Object.entries((doc.paths as Json | undefined) ?? {})) {
    const item = follow(docs, uri, pointer('paths', template), raw);
    if (!item) continue;
    for (const method of METHODS) {
      const op = item.value[method];
      if (op && typeof op === 'object') out.push(operation(ctx, template, method, item, op as Json));
    }
  }
  return out;
}
