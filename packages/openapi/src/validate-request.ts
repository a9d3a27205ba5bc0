import { describeOperation, findOperation, findPathOperations } from './find-operation';
import { headerValue, issue, schemaErrorMessages } from './issues';
import type { SpecInternals } from './load-openapi';
import { acceptAdmits, bareMediaType, pickMediaType } from './media-type';
import { follow } from './resolve-ref';
import { validateBody } from './validate-body';
import type { OpenApiIssue, OpenApiOperation, OpenApiSpec, OperationParameter } from './types';
import { getAtPointer } from './json-pointer';

/** A request as the validators see it. */
export interface RequestToValidate {
  method: string;
  /** The path, without the query string. */
  path: string;
  query?: Record<string, string[]>;
  headers?: Record<string, string | string[] | undefined>;
  /** The body: a parsed JSON value, or text. `undefined` when there is none. */
  body?: unknown;
  /** The body's content type when the headers don't say it. */
  contentType?: string;
}

/** Convert a query/path/header string to the type its schema asks for (what OpenAPI serialisation means). */
function coerce(internal: SpecInternals, param: OperationParameter, values: string[]): unknown {
  const schema = param.schema && follow(internal.docs, param.schema.uri, param.schema.pointer, getAtPointer(internal.docs.get(param.schema.uri), param.schema.pointer));
  const type = schema?.value.type;
  const types = Array.isArray(type) ? type.map(String) : [String(type)];
  if (types.includes('array')) {
    const items = values.length === 1 ? values[0].split(',') : values;
    const itemType = (schema?.value.items as { type?: string } | undefined)?.type;
    return items.map((v) => scalar(v, itemType ? [itemType] : []));
  }
  return scalar(values[0], types);
}

function scalar(value: string, types: string[]): unknown {
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.includes('null') && value === 'null') return null;
  return value;
}

function paramValues(param: OperationParameter, request: RequestToValidate, pathParams: Record<string, string>): string[] | undefined {
  if (param.in === 'path') return pathParams[param.name] === undefined ? undefined : [pathParams[param.name]];
  if (param.in === 'query') return request.query?.[param.name];
  if (param.in === 'header') {
    const value = headerValue(request.headers, param.name);
    return value === undefined ? undefined : [value];
  }
  return undefined;
}

function checkParameters(internal: SpecInternals, operation: OpenApiOperation, request: RequestToValidate, pathParams: Record<string, string>): OpenApiIssue[] {
  const out: OpenApiIssue[] = [];
  const op = describeOperation(operation);
  for (const param of operation.parameters) {
    if (param.in === 'cookie') continue;
    const where = param.in === 'header' ? 'headers' : param.in === 'path' ? 'path' : 'query';
    const values = paramValues(param, request, pathParams);
    if (values === undefined) {
      if (param.required) {
        const code = param.in === 'header' ? 'request.header.missing' : 'request.query.missing';
        out.push(issue(code, `${where}.${param.name} is required by ${op} but the request lacks it`, { pactLocation: `${where}.${param.name}`, specLocation: param.location, operation: op }));
      }
      continue;
    }
    if (!param.schema) continue;
    const result = internal.validators.validate(param.schema, coerce(internal, param, values));
    const code = param.in === 'path' ? 'request.path-parameter.incompatible' : param.in === 'header' ? 'request.header.incompatible' : 'request.query.incompatible';
    for (const { path, message } of schemaErrorMessages(`${where}.${param.name}`, result.errors, 3)) {
      // A path parameter lives inside the pact's path string, which is the nearest JSON location.
      out.push(issue(code, message, { pactLocation: param.in === 'path' ? 'path' : path, specLocation: param.location, operation: op }));
    }
  }
  for (const name of Object.keys(request.query ?? {})) {
    if (!operation.parameters.some((p) => p.in === 'query' && p.name === name)) {
      out.push(issue('request.query.unknown', `query.${name} is not a parameter of ${op}`, { severity: 'warning', pactLocation: `query.${name}`, specLocation: operation.location, operation: op }));
    }
  }
  return out;
}

function checkBody(internal: SpecInternals, operation: OpenApiOperation, request: RequestToValidate): OpenApiIssue[] {
  const op = describeOperation(operation);
  const spec = operation.requestBody;
  const hasBody = request.body !== undefined && request.body !== '';
  if (!hasBody) {
    return spec?.required ? [issue('request.body.missing', `${op} requires a request body but the request has none`, { pactLocation: 'body', specLocation: spec.location, operation: op })] : [];
  }
  if (!spec) return [];
  const contentType = headerValue(request.headers, 'content-type') ?? request.contentType;
  const key = pickMediaType(Object.keys(spec.content), contentType);
  if (key === undefined) {
    const allowed = Object.keys(spec.content).join(', ') || 'none';
    return [issue('request.content-type.unknown', `request content type ${bareMediaType(contentType) ?? '(none)'} is not one ${op} accepts (${allowed})`, { pactLocation: 'headers.Content-Type', specLocation: spec.location, operation: op })];
  }
  const media = spec.content[key];
  if (!media.schema) return [];
  return validateBody({ internal, schema: media.schema, location: media.location, mediaType: key, value: request.body, prefix: 'body', code: 'request.body.incompatible', operation: op, mode: 'strict' });
}

function checkAccept(operation: OpenApiOperation, request: RequestToValidate): OpenApiIssue[] {
  const accept = headerValue(request.headers, 'accept');
  const produced = [...new Set(Object.values(operation.responses).flatMap((r) => Object.keys(r.content)))];
  if (accept === undefined || produced.length === 0 || produced.some((type) => acceptAdmits(accept, type))) return [];
  const op = describeOperation(operation);
  return [issue('request.accept.incompatible', `the request accepts ${accept}, but ${op} only produces ${produced.join(', ')}`, { pactLocation: 'headers.Accept', specLocation: `${operation.location}/responses`, operation: op })];
}

/**
 * Validate a request against the document: its operation (path template + method), parameters, headers and body.
 * Returns the problems found (empty when the request is valid); reported paths are relative (`body.items[0].sku`).
 * @example const issues = validateRequest(spec, { method: 'POST', path: '/orders', body: { items: [] }, contentType: 'application/json' });
 * @throws TreatyError TREATY_OPENAPI_INVALID_SCHEMA when a schema of the document does not compile
 */
export function validateRequest(spec: OpenApiSpec, request: RequestToValidate): OpenApiIssue[] {
  const internal = spec.internal as SpecInternals;
  const found = findOperation(spec, request);
  if (!found) {
    const byPath = findPathOperations(spec, request.path);
    const reason = byPath.length === 0 ? `no path of the document matches ${request.path}` : `${request.path} (${byPath[0].operation.pathTemplate}) has no ${request.method.toUpperCase()} operation`;
    const specLocation = byPath.length === 0 ? '#/paths' : byPath[0].operation.location.replace(/\/[a-z]+$/, '');
    return [issue('request.path-or-method.unknown', `${request.method.toUpperCase()} ${request.path} is not an operation of the document: ${reason}`, { pactLocation: 'path', specLocation })];
  }
  const { operation, pathParams } = found;
  return [...checkParameters(internal, operation, request, pathParams), ...checkAccept(operation, request), ...checkBody(internal, operation, request)];
}
