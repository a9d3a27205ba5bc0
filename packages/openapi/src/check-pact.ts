import { isTreatyError, type HttpInteraction, type Pact } from '@treaty/core';
import { issue } from './issues';
import { isOpenApiSpec, parseOpenApi } from './load-openapi';
import { readPactTolerantly } from './read-pact';
import { validateInteraction } from './validate-interaction';
import type { OpenApiCheckResult, OpenApiIssue, OpenApiSpec } from './types';

/** Options of {@link checkPactAgainstOpenApi}. */
export interface CheckPactOptions {
  /**
   * Check the requests of interactions whose response is a 4xx error like any other (default `false`): negative tests
   * send invalid requests on purpose, so by default only their operation, content type and Accept header are checked.
   */
  checkErrorRequests?: boolean;
}

/** Where an issue's relative location (`body.total`, `response.status`) sits in the pact file. */
function pactPath(pact: Pact, index: number, relative: string | undefined): string {
  const root = `$.interactions[${index}]`;
  const rel = relative ?? '';
  const [side, rest] = rel.startsWith('response.') ? ['response', rel.slice('response.'.length)] : ['request', rel];
  const body = pact.specVersion === 'V4' ? 'body.content' : 'body';
  const adjusted = rest.startsWith('body') ? body + rest.slice(4) : rest;
  return adjusted ? `${root}.${side}.${adjusted}` : `${root}.${side}`;
}

function checkInteraction(spec: OpenApiSpec, interaction: HttpInteraction, options: CheckPactOptions): OpenApiIssue[] {
  const { request, response } = interaction;
  const negative = response.status >= 400 && response.status < 500 && options.checkErrorRequests !== true;
  const issues = validateInteraction(spec, request, response, { negative, kind: 'expected' });
  return [...issues.request, ...issues.response];
}

/**
 * The static bi-directional check: is every interaction of the pact something the provider's OpenAPI document allows?
 * Requests must be valid requests of the document; expected responses must use only documented statuses,
 * content types and fields (a consumer may use a subset of the fields). Message interactions are skipped with a
 * warning.
 * @example const { ok, errors } = checkPactAgainstOpenApi(JSON.parse(pactText), await loadOpenApi('openapi.yaml'));
 * An interaction that cannot be read or checked becomes a finding on that interaction; the others are still checked.
 * @throws TreatyError TREATY_CORE_INVALID_PACT when the file is not a pact at all; TREATY_OPENAPI_* when the document
 *   cannot be read
 */
export function checkPactAgainstOpenApi(
  pact: Pact | unknown,
  spec: OpenApiSpec | object,
  options: CheckPactOptions = {},
): OpenApiCheckResult {
  const { pact: model, positions, unreadable } = readPactTolerantly(pact);
  const loaded = isOpenApiSpec(spec) ? spec : parseOpenApi(spec);
  const all: OpenApiIssue[] = unreadable.map((u) =>
    issue('interaction.unreadable', `interaction ${u.index} cannot be read, so it was not checked: ${u.reason}`, {
      severity: 'warning',
      interaction: { index: u.index, description: u.description },
      pactLocation: `$.interactions[${u.index}]`,
    }),
  );
  model.interactions.forEach((interaction, i) => {
    const index = positions[i];
    const where = { index, description: interaction.description };
    if (interaction.type !== 'Synchronous/HTTP') {
      all.push({
        code: 'interaction.not-http',
        severity: 'warning',
        message:
          `"${interaction.description}" is a message interaction; ` +
          'OpenAPI describes HTTP only, so it was not checked',
        interaction: where,
        pactLocation: `$.interactions[${index}]`,
      });
      return;
    }
    for (const found of guarded(() => checkInteraction(loaded, interaction, options))) {
      all.push({ ...found, interaction: where, pactLocation: pactPath(model, index, found.pactLocation) });
    }
  });
  all.sort((a, b) => (a.interaction?.index ?? 0) - (b.interaction?.index ?? 0));
  const errors = all.filter((i) => i.severity === 'error');
  return { ok: errors.length === 0, errors, warnings: all.filter((i) => i.severity === 'warning') };
}

/** Run one interaction's check; a schema the validator cannot compile becomes a finding on the operation. */
function guarded(check: () => OpenApiIssue[]): OpenApiIssue[] {
  try {
    return check();
  } catch (error) {
    if (!isTreatyError(error)) throw error;
    return [
      issue(
        error.code === 'TREATY_OPENAPI_INVALID_SCHEMA' ? 'operation.invalid-schema' : 'interaction.check-failed',
        error.message,
        {
          severity: 'warning',
          specLocation: typeof error.details.path === 'string' ? error.details.path : undefined,
        },
      ),
    ];
  }
}

/** Options of {@link formatOpenApiIssues}. */
export interface FormatIssuesOptions {
  /** How to label `pactLocation`: `pact` (default) for pact files, e.g. `actual` for real responses. */
  locationLabel?: string;
}

/** Render issues for people: one line per problem with both locations. */
export function formatOpenApiIssues(issues: OpenApiIssue[], options: FormatIssuesOptions = {}): string {
  const label = options.locationLabel ?? 'pact';
  return issues
    .map((i) => {
      const who = i.interaction ? `"${i.interaction.description}": ` : '';
      const where = [i.pactLocation && `${label} ${i.pactLocation}`, i.specLocation && `spec ${i.specLocation}`]
        .filter(Boolean)
        .join(', ');
      return `${i.severity === 'error' ? '✗' : '!'} [${i.code}] ${who}${i.message}${where ? ` (${where})` : ''}`;
    })
    .join('\n');
}
