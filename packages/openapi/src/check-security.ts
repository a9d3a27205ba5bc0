import { describeOperation } from './find-operation';
import { headerValue, issue } from './issues';
import type { OpenApiIssue, OpenApiOperation, SecurityScheme } from './types';
import type { RequestToValidate } from './validate-request';

/**
 * Why a request does not carry a scheme's credentials, or `undefined` when it does (or the scheme cannot be checked).
 */
function lacking(scheme: SecurityScheme, request: RequestToValidate): string | undefined {
  const type = scheme.type.toLowerCase();
  if (type === 'apikey') {
    if (scheme.in === 'header' && scheme.keyName)
      return headerValue(request.headers, scheme.keyName) === undefined ? `the ${scheme.keyName} header` : undefined;
    if (scheme.in === 'query' && scheme.keyName)
      return request.query?.[scheme.keyName] === undefined ? `the ${scheme.keyName} query parameter` : undefined;
    return undefined;
  }
  const http = type === 'basic' ? 'basic' : type === 'http' ? scheme.scheme : undefined;
  // oauth2, openIdConnect, mutualTLS, digest...: nothing a pact shows
  if (http !== 'basic' && http !== 'bearer') return undefined;
  const auth = headerValue(request.headers, 'authorization') ?? '';
  return auth.toLowerCase().startsWith(`${http} `)
    ? undefined
    : `an Authorization header with ${http === 'basic' ? 'Basic' : 'Bearer'} credentials`;
}

/**
 * Check that a request carries the credentials one of the operation's security alternatives asks for
 * (API key in a header or query parameter, HTTP basic or bearer). Like PactFlow's comparator, one satisfied scheme is
 * enough.
 */
export function checkSecurity(operation: OpenApiOperation, request: RequestToValidate): OpenApiIssue[] {
  if (operation.security.length === 0) return [];
  const reasons: string[] = [];
  for (const alternative of operation.security) {
    const missing = alternative.map((scheme) => lacking(scheme, request));
    if (missing.some((reason) => reason === undefined)) return [];
    reasons.push(...(missing as string[]));
  }
  const op = describeOperation(operation);
  const names = operation.security.map((alt) => alt.map((s) => s.name).join(' + ')).join(' or ');
  return [
    issue(
      'request.authorization.missing',
      `${op} requires credentials (${names}), but the request lacks ${[...new Set(reasons)].join(' or ')}`,
      {
        pactLocation: 'headers',
        specLocation: `${operation.location}/security`,
        operation: op,
      },
    ),
  ];
}
