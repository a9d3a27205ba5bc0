import { buildParameters, fieldSchema, formDataSchema, type Place } from './build-parameters';
import { operationSecurity, securitySchemes } from './build-security';
import type { DocumentSet } from './collect-documents';
import { appendPointer, pointer } from './json-pointer';
import { follow, type Located } from './resolve-ref';
import type {
  MediaTypes,
  OpenApiOperation,
  OpenApiVersion,
  OperationResponse,
  ResponseHeader,
  SecurityScheme,
} from './types';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = Record<string, unknown>;

interface Context {
  docs: DocumentSet;
  doc: Json;
  version: OpenApiVersion;
  /** Swagger 2.0 `consumes` / `produces` defaults. */
  consumes: string[];
  produces: string[];
  schemes: Record<string, SecurityScheme>;
}

/** An operation as found: its value with the document and pointer it lives at, and its reported pointer. */
interface Found extends Located {
  at: string;
}

function asList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : undefined;
}

function place(ctx: Context, node: Located, at: string, ...segments: string[]): Place {
  return {
    docs: ctx.docs,
    version: ctx.version,
    uri: node.uri,
    pointer: appendPointer(node.pointer, ...segments),
    at: appendPointer(at, ...segments),
  };
}

function content(located: Located, at: string): MediaTypes {
  const out: MediaTypes = {};
  const map = located.value.content;
  if (map && typeof map === 'object') {
    for (const [mediaType, entry] of Object.entries(map as Json)) {
      const hasSchema = entry !== null && typeof entry === 'object' && (entry as Json).schema !== undefined;
      const schema = hasSchema
        ? { uri: located.uri, pointer: appendPointer(located.pointer, 'content', mediaType, 'schema') }
        : undefined;
      out[mediaType] = { schema, location: appendPointer(at, 'content', mediaType, 'schema') };
    }
  }
  return out;
}

function headers(ctx: Context, response: Located, at: string): ResponseHeader[] {
  const map = response.value.headers;
  if (!map || typeof map !== 'object') return [];
  const out: ResponseHeader[] = [];
  for (const [name, raw] of Object.entries(map as Json)) {
    if (name.toLowerCase() === 'content-type') continue; // OpenAPI: the media type keys describe it
    const header = follow(ctx.docs, response.uri, appendPointer(response.pointer, 'headers', name), raw);
    if (!header) continue;
    out.push({
      name,
      required: header.value.required === true,
      schema: fieldSchema(header, ctx.version),
      location: appendPointer(at, 'headers', name),
    });
  }
  return out;
}

function responses(ctx: Context, op: Found, produces: string[], explicit: boolean): Record<string, OperationResponse> {
  const out: Record<string, OperationResponse> = {};
  for (const [key, raw] of Object.entries((op.value.responses as Json | undefined) ?? {})) {
    const location = appendPointer(op.at, 'responses', key);
    const response = follow(ctx.docs, op.uri, appendPointer(op.pointer, 'responses', key), raw);
    if (!response) continue;
    let media: MediaTypes;
    if (ctx.version === '2.0') {
      const schema =
        response.value.schema !== undefined
          ? { uri: response.uri, pointer: appendPointer(response.pointer, 'schema') }
          : undefined;
      media = {};
      // Without a schema, only a declared `produces` says what the operation sends (an Accept header must name one).
      if (schema || explicit)
        for (const type of produces) media[type] = { schema, location: appendPointer(location, 'schema') };
    } else {
      media = content(response, location);
    }
    out[key] = { key, content: media, headers: headers(ctx, response, location), location };
  }
  return out;
}

function legacyBody(
  ctx: Context,
  op: Found,
  params: Array<{ raw: unknown; place: Place; index: number }>,
  consumes: string[],
): OpenApiOperation['requestBody'] {
  const media: MediaTypes = {};
  for (const { raw, place: where, index } of params) {
    const body = follow(ctx.docs, where.uri, appendPointer(where.pointer, index), raw);
    if (body?.value.in !== 'body') continue;
    const schema =
      body.value.schema === undefined ? undefined : { uri: body.uri, pointer: appendPointer(body.pointer, 'schema') };
    for (const type of consumes) media[type] = { schema, location: appendPointer(where.at, index, 'schema') };
    return { required: body.value.required === true, content: media, location: appendPointer(where.at, index) };
  }
  const forms = params.filter((p) => follow(ctx.docs, p.place.uri, p.place.pointer, p.raw)?.value.in === 'formData');
  if (forms.length === 0) return undefined;
  const first = forms[0].place;
  const schema = formDataSchema(
    first,
    forms.filter((f) => f.place === first).map((f) => f.raw),
  );
  for (const type of consumes) media[type] = { schema, location: first.at };
  return { required: false, content: media, location: op.at };
}

function requestBody(ctx: Context, op: Found, item: Found, consumes: string[]): OpenApiOperation['requestBody'] {
  if (ctx.version === '2.0') {
    const list = (where: Place, raw: unknown) =>
      Array.isArray(raw) ? raw.map((p, index) => ({ raw: p, place: where, index })) : [];
    const own = list(place(ctx, op, op.at, 'parameters'), op.value.parameters);
    return legacyBody(
      ctx,
      op,
      [...own, ...list(place(ctx, item, item.at, 'parameters'), item.value.parameters)],
      consumes,
    );
  }
  const location = appendPointer(op.at, 'requestBody');
  const body =
    op.value.requestBody === undefined
      ? undefined
      : follow(ctx.docs, op.uri, appendPointer(op.pointer, 'requestBody'), op.value.requestBody);
  if (!body) return undefined;
  return { required: body.value.required === true, content: content(body, location), location };
}

function operation(ctx: Context, template: string, method: string, item: Found, op: Found): OpenApiOperation {
  const shared = buildParameters(place(ctx, item, item.at, 'parameters'), item.value.parameters);
  const own = buildParameters(place(ctx, op, op.at, 'parameters'), op.value.parameters);
  return {
    method: method.toUpperCase(),
    pathTemplate: template,
    operationId: typeof op.value.operationId === 'string' ? op.value.operationId : undefined,
    location: op.at,
    parameters: [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own],
    requestBody: requestBody(ctx, op, item, asList(op.value.consumes) ?? ctx.consumes),
    responses: responses(
      ctx,
      op,
      asList(op.value.produces) ?? ctx.produces,
      asList(op.value.produces ?? ctx.doc.produces) !== undefined,
    ),
    security: operationSecurity(op.value, ctx.doc, ctx.schemes),
  };
}

/**
 * Every operation of the main document, with `$ref`s to path items, operations, parameters, bodies and responses
 * followed.
 */
export function buildOperations(docs: DocumentSet, uri: string, version: OpenApiVersion): OpenApiOperation[] {
  const doc = docs.get(uri) as Json;
  const ctx: Context = {
    docs,
    doc,
    version,
    consumes: asList(doc.consumes) ?? ['application/json'],
    produces: asList(doc.produces) ?? ['application/json'],
    schemes: securitySchemes(doc),
  };
  const out: OpenApiOperation[] = [];
  for (const [template, raw] of Object.entries((doc.paths as Json | undefined) ?? {})) {
    const at = pointer('paths', template);
    const item = follow(docs, uri, at, raw);
    if (!item) continue;
    for (const method of METHODS) {
      const op =
        item.value[method] === undefined
          ? undefined
          : follow(docs, item.uri, appendPointer(item.pointer, method), item.value[method]);
      if (op) out.push(operation(ctx, template, method, { ...item, at }, { ...op, at: appendPointer(at, method) }));
    }
  }
  return out;
}
