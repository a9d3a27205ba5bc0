import { checkParameters } from './check-parameters';
import { checkSecurity } from './check-security';
import { describeOperation, findOperation, findPathOperations } from './find-operation';
import { headerValue, issue } from './issues';
import type { SpecInternals } from './load-openapi';
import { acceptAdmits, bareMediaType, mediaKind, pickMediaType } from './media-type';
import { validateBody } from './validate-body';
import type { OpenApiIssue, OpenApiOperation, OpenApiSpec } from './types';

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

/** Options of {@link validateRequest}. */
export interface ValidateRequestOptions {
  /**
   * Check only the operation, path parameters, content type and Accept header, not other parameters, credentials or
   * body: for requests whose
   * expected response is a 4xx error, which negative tests send invalid on purpose (PactFlow's comparator does the
   * same).
   */
  negative?: boolean;
}

function pickRequestType(keys: string[], contentType: string | undefined): string | undefined {
  if (contentType !== undefined) return pickMediaType(keys, contentType);
  return keys.find((key) => mediaKind(key) === 'json') ?? keys[0];
}

function checkBody(
  internal: SpecInternals,
  operation: OpenApiOperation,
  request: RequestToValidate,
  negative: boolean,
): OpenApiIssue[] {
  const op = describeOperation(operation);
  const spec = operation.requestBody;
  const hasBody = request.body !== undefined && request.body !== '' && request.body !== null;
  if (!hasBody) {
    return spec?.required && !negative
      ? [
          issue('request.body.missing', `${op} requires a request body but the request has none`, {
            pactLocation: 'body',
            specLocation: spec.location,
            operation: op,
          }),
        ]
      : [];
  }
  if (!spec) return [];
  const contentType = headerValue(request.headers, 'content-type') ?? request.contentType;
  const key = pickRequestType(Object.keys(spec.content), contentType);
  if (key === undefined) {
    const allowed = Object.keys(spec.content).join(', ') || 'none';
    return [
      issue(
        'request.content-type.incompatible',
        `request content type ${bareMediaType(contentType) ?? '(none)'} is not one ${op} accepts (${allowed})`,
        { pactLocation: 'headers.Content-Type', specLocation: spec.location, operation: op },
      ),
    ];
  }
  const media = spec.content[key];
  if (!media.schema || negative) return [];
  return validateBody({
    internal,
    schema: media.schema,
    location: media.location,
    mediaType: key,
    contentType,
    value: request.body,
    prefix: 'body',
    code: 'request.body.incompatible',
    operation: op,
    mode: 'strict',
  });
}

function checkAccept(operation: OpenApiOperation, request: RequestToValidate): OpenApiIssue[] {
  const accept = headerValue(request.headers, 'accept');
  const produced = [...new Set(Object.values(operation.responses).flatMap((r) => Object.keys(r.content)))];
  if (accept === undefined || produced.length === 0 || produced.some((type) => acceptAdmits(accept, type))) return [];
  const op = describeOperation(operation);
  return [
    issue(
      'request.accept.incompatible',
      `the request accepts ${accept}, but ${op} only produces ${produced.join(', ')}`,
      { pactLocation: 'headers.Accept', specLocation: `${operation.location}/responses`, operation: op },
    ),
  ];
}

/**
 * Validate a request against the document: its operation (path template + method), parameters, headers and body.
 * Returns the problems found (empty when the request is valid); reported paths are relative (`body.items[0].sku`).
 * @example const issues = validateRequest(spec, { method: 'POST', path: '/orders', body: { items: [] }, contentType:
 *   'application/json' });
 * @throws TreatyError TREATY_OPENAPI_INVALID_SCHEMA when a schema of the document does not compile
 */
export function validateRequest(
  spec: OpenApiSpec,
  request: RequestToValidate,
  options: ValidateRequestOptions = {},
): OpenApiIssue[] {
  const internal = spec.internal as SpecInternals;
  const found = findOperation(spec, request);
  if (!found) {
    const byPath = findPathOperations(spec, request.path);
    const reason =
      byPath.length === 0
        ? `no path of the document matches ${request.path}`
        : `${request.path} (${byPath[0].operation.pathTemplate}) has no ${request.method.toUpperCase()} operation`;
    const specLocation = byPath.length === 0 ? '#/paths' : byPath[0].operation.location.replace(/\/[a-z]+$/, '');
    return [
      issue(
        'request.path-or-method.unknown',
        `${request.method.toUpperCase()} ${request.path} is not an operation of the document: ${reason}`,
        { pactLocation: 'path', specLocation },
      ),
    ];
  }
  const { operation, pathParams } = found;
  if (options.negative) {
    // The path still names the resource: even a negative test must address it in the documented form.
    return [
      ...checkParameters(internal, operation, request, pathParams, true),
      ...checkAccept(operation, request),
      ...checkBody(internal, operation, request, true),
    ];
  }
  return [
    ...checkSecurity(operation, request),
    ...checkParameters(internal, operation, request, pathParams),
    ...checkAccept(operation, request),
    ...checkBody(internal, operation, request, false),
  ];
}
