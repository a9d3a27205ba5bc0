import { describeOperation } from './find-operation';
import { headerValue, issue, schemaErrorMessages } from './issues';
import type { SpecInternals } from './load-openapi';
import { readCookie, readQuery, readStyled, type RawValue } from './parameter-style';
import type { OpenApiIssue, OpenApiIssueCode, OpenApiOperation, OperationParameter } from './types';
import type { RequestToValidate } from './validate-request';

const WHERE = { path: 'path', query: 'query', header: 'headers', cookie: 'headers.Cookie' } as const;
const CODES: Record<OperationParameter['in'], OpenApiIssueCode> = {
  path: 'request.path-parameter.incompatible',
  query: 'request.query.incompatible',
  header: 'request.header.incompatible',
  cookie: 'request.cookie.incompatible',
};

function rawValue(
  param: OperationParameter,
  request: RequestToValidate,
  pathParams: Record<string, string>,
  used: Set<string>,
  declared: Set<string>,
): RawValue | undefined {
  switch (param.in) {
    case 'path':
      return pathParams[param.name] === undefined || pathParams[param.name] === ''
        ? undefined
        : readStyled(param, pathParams[param.name]);
    case 'query':
      return readQuery(param, request.query ?? {}, used, declared);
    case 'header': {
      const value = headerValue(request.headers, param.name);
      return value === undefined ? undefined : readStyled(param, value);
    }
    default:
      return readCookie(param, headerValue(request.headers, 'cookie'));
  }
}

function missing(param: OperationParameter, op: string): OpenApiIssue {
  const where = WHERE[param.in];
  const code =
    param.in === 'header'
      ? 'request.header.missing'
      : param.in === 'path'
        ? 'request.path-parameter.incompatible'
        : param.in === 'cookie'
          ? 'request.cookie.incompatible'
          : 'request.query.missing';
  return issue(code, `${where}.${param.name} is required by ${op} but the request lacks it`, {
    pactLocation: param.in === 'path' ? 'path' : `${where}.${param.name}`,
    specLocation: param.location,
    operation: op,
  });
}

/**
 * Check the path, query, header and cookie parameters of a request, read as their `style` and `explode` say.
 * Query names the operation does not declare are warnings.
 */
export function checkParameters(
  internal: SpecInternals,
  operation: OpenApiOperation,
  request: RequestToValidate,
  pathParams: Record<string, string>,
  pathOnly = false,
): OpenApiIssue[] {
  const out: OpenApiIssue[] = [];
  const op = describeOperation(operation);
  const used = new Set<string>();
  const declared = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  // An API key in the query is declared by the security scheme, not as a parameter.
  for (const scheme of operation.security.flat())
    if (scheme.in === 'query' && scheme.keyName) declared.add(scheme.keyName);
  for (const param of operation.parameters) {
    if (pathOnly && param.in !== 'path') continue;
    const value = rawValue(param, request, pathParams, used, declared);
    if (value === undefined) {
      if (param.required) out.push(missing(param, op));
      continue;
    }
    if (!param.schema) continue;
    const where = `${WHERE[param.in]}.${param.name}`;
    const result = internal.validators.validate(param.schema, value, 'coerce');
    for (const { path, message } of schemaErrorMessages(where, result.errors, 3)) {
      // A path parameter lives inside the pact's path string, which is the nearest JSON location.
      out.push(
        issue(CODES[param.in], message, {
          pactLocation: param.in === 'path' ? 'path' : path,
          specLocation: param.location,
          operation: op,
        }),
      );
    }
  }
  if (pathOnly) return out;
  for (const name of Object.keys(request.query ?? {})) {
    if (!declared.has(name) && !used.has(name)) {
      out.push(
        issue('request.query.unknown', `query.${name} is not a parameter of ${op}`, {
          severity: 'warning',
          pactLocation: `query.${name}`,
          specLocation: operation.location,
          operation: op,
        }),
      );
    }
  }
  return out;
}
