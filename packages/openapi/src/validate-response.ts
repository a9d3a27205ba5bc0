import { checkResponseHeaders } from './check-response-headers';
import { describeOperation, findOperation } from './find-operation';
import { headerValue, issue } from './issues';
import type { SpecInternals } from './load-openapi';
import { bareMediaType, pickMediaType } from './media-type';
import { validateBody } from './validate-body';
import { validateRequest } from './validate-request';
import type { OpenApiIssue, OpenApiOperation, OpenApiSpec, OperationResponse } from './types';

/** A response, with the request method and path that produced it. */
export interface ResponseToValidate {
  method: string;
  path: string;
  status: number;
  headers?: Record<string, string | string[] | undefined>;
  /** The body: a parsed JSON value, or text. `undefined` when there is none. */
  body?: unknown;
  /** The body's content type when the headers don't say it. */
  contentType?: string;
}

/** Options of {@link validateResponse}. */
export interface ValidateResponseOptions {
  /**
   * `actual` (default): a real response, validated as the schema says.
   * `expected`: a consumer's expectation: it may leave out required fields but may not use fields the schema lacks.
   */
  kind?: 'actual' | 'expected';
}

/** The documented response for a status: exact code, then `2XX`-style range, then `default`. */
export function findResponse(operation: OpenApiOperation, status: number): OperationResponse | undefined {
  const responses = operation.responses;
  return (
    responses[String(status)] ??
    responses[`${String(status)[0]}XX`] ??
    responses[`${String(status)[0]}xx`] ??
    responses.default
  );
}

function checkBody(
  internal: SpecInternals,
  operation: OpenApiOperation,
  documented: OperationResponse,
  response: ResponseToValidate,
  kind: 'actual' | 'expected',
): OpenApiIssue[] {
  const op = describeOperation(operation);
  const contentType = headerValue(response.headers, 'content-type') ?? response.contentType;
  const hasBody = response.body !== undefined && response.body !== '';
  const keys = Object.keys(documented.content);
  if (!hasBody && contentType === undefined) return [];
  if (keys.length === 0) {
    if (!hasBody) return [];
    return [
      issue(
        'response.content-type.unknown',
        `${op} documents no body for status ${documented.key}, but the response has one`,
        { pactLocation: 'response.body', specLocation: documented.location, operation: op },
      ),
    ];
  }
  const key = pickMediaType(keys, contentType ?? (keys.length === 1 ? keys[0] : undefined));
  if (key === undefined) {
    return [
      issue(
        'response.content-type.incompatible',
        `response content type ${bareMediaType(contentType) ?? '(none)'} is not one ${op} documents for ` +
          `status ${documented.key} (${keys.join(', ')})`,
        { pactLocation: 'response.headers.Content-Type', specLocation: documented.location, operation: op },
      ),
    ];
  }
  const media = documented.content[key];
  if (!hasBody || !media.schema) return [];
  return validateBody({
    internal,
    schema: media.schema,
    location: media.location,
    mediaType: key,
    contentType,
    value: response.body,
    prefix: 'response.body',
    code: 'response.body.incompatible',
    operation: op,
    mode: kind === 'expected' ? 'subset' : 'strict',
    rejectUnknownFields: kind === 'expected',
  });
}

/**
 * Validate a response against the document: the operation of its request, the status, the content type and the body
 * schema.
 * Returns the problems found (empty when the response is allowed).
 * @example const issues = validateResponse(spec, { method: 'GET', path: '/orders/1', status: 200, headers, body });
 * @throws TreatyError TREATY_OPENAPI_INVALID_SCHEMA when a schema of the document does not compile
 */
export function validateResponse(
  spec: OpenApiSpec,
  response: ResponseToValidate,
  options: ValidateResponseOptions = {},
): OpenApiIssue[] {
  const internal = spec.internal as SpecInternals;
  const found = findOperation(spec, response);
  if (!found) return validateRequest(spec, { method: response.method, path: response.path });
  const documented = findResponse(found.operation, response.status);
  if (!documented) {
    const op = describeOperation(found.operation);
    const known = Object.keys(found.operation.responses).join(', ');
    return [
      issue(
        'response.status.unknown',
        `status ${response.status} is not a documented response of ${op} (documented: ${known || 'none'})`,
        { pactLocation: 'response.status', specLocation: `${found.operation.location}/responses`, operation: op },
      ),
    ];
  }
  const kind = options.kind ?? 'actual';
  const headers = checkResponseHeaders(internal, documented, response.headers, describeOperation(found.operation))
    // A real response carries headers of its server and proxies: only an expectation must keep to the documented ones.
    .filter((i) => kind === 'expected' || i.code === 'response.header.incompatible');
  return [...headers, ...checkBody(internal, found.operation, documented, response, kind)];
}
