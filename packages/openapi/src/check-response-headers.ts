import { issue, schemaErrorMessages } from './issues';
import type { SpecInternals } from './load-openapi';
import type { OpenApiIssue, OperationResponse } from './types';

/** Response headers HTTP itself defines: a pact may expect them although the document does not list them. */
const STANDARD = new Set([
  'access-control-allow-origin',
  'accept-patch',
  'accept-ranges',
  'age',
  'allow',
  'alt-svc',
  'cache-control',
  'connection',
  'content-disposition',
  'content-encoding',
  'content-language',
  'content-length',
  'content-location',
  'content-md5',
  'content-range',
  'content-type',
  'date',
  'etag',
  'expires',
  'last-modified',
  'link',
  'location',
  'p3p',
  'pragma',
  'proxy-authenticate',
  'public-key-pins',
  'refresh',
  'retry-after',
  'server',
  'set-cookie',
  'status',
  'strict-transport-security',
  'trailer',
  'transfer-encoding',
  'tsv',
  'upgrade',
  'vary',
  'via',
  'warning',
  'www-authenticate',
  'x-frame-options',
]);

/**
 * Check the headers an expected response names: documented ones must fit their schemas; others may not be sent
 * by the provider (an error, or a warning for standard HTTP headers).
 */
export function checkResponseHeaders(
  internal: SpecInternals,
  documented: OperationResponse,
  headers: Record<string, string | string[] | undefined> | undefined,
  op: string,
): OpenApiIssue[] {
  const out: OpenApiIssue[] = [];
  for (const [name, raw] of Object.entries(headers ?? {})) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    const header = documented.headers.find((h) => h.name.toLowerCase() === name.toLowerCase());
    const pactLocation = `response.headers.${name}`;
    if (!header) {
      if (name.toLowerCase() === 'content-type') continue;
      const standard = STANDARD.has(name.toLowerCase());
      out.push(
        issue(
          standard ? 'response.header.undefined' : 'response.header.unknown',
          `${pactLocation} is not a documented header of ${op} for status ${documented.key} (the provider ` +
            `may not send it)`,
          {
            severity: standard ? 'warning' : 'error',
            pactLocation,
            specLocation: documented.location,
            operation: op,
          },
        ),
      );
      continue;
    }
    if (!header.schema) continue;
    const result = internal.validators.validate(header.schema, value, 'coerce');
    for (const { path, message } of schemaErrorMessages(pactLocation, result.errors, 3)) {
      out.push(
        issue('response.header.incompatible', message, {
          pactLocation: path,
          specLocation: header.location,
          operation: op,
        }),
      );
    }
  }
  return out;
}
