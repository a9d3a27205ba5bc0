import { parsePact, type HttpInteraction, type Pact } from '@treaty/core';
import { isOpenApiSpec, parseOpenApi } from './load-openapi';
import { validateRequest } from './validate-request';
import { validateResponse } from './validate-response';
import type { OpenApiCheckResult, OpenApiIssue, OpenApiSpec } from './types';

function isPactModel(value: unknown): value is Pact {
  const pact = value as Pact | null;
  return pact !== null && typeof pact === 'object' && typeof pact.specVersion === 'string' && Array.isArray(pact.interactions) && pact.interactions.every((i) => typeof i?.type === 'string');
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

function checkInteraction(pact: Pact, spec: OpenApiSpec, interaction: HttpInteraction): OpenApiIssue[] {
  const { request, response } = interaction;
  const requestIssues = validateRequest(spec, {
    method: request.method, path: request.path, query: request.query, headers: request.headers,
    body: request.body?.content, contentType: request.body?.contentType,
  });
  if (requestIssues.some((i) => i.code === 'request.path-or-method.unknown')) return requestIssues;
  const responseIssues = validateResponse(spec, {
    method: request.method, path: request.path, status: response.status, headers: response.headers,
    body: response.body?.content, contentType: response.body?.contentType,
  }, { kind: 'expected' });
  return [...requestIssues, ...responseIssues];
}

/**
 * The static bi-directional check: is every interaction of the pact something the provider's OpenAPI document allows?
 * Requests must be valid requests of the document; expected responses must use only documented statuses,
 * content types and fields (a consumer may use a subset of the fields). Message interactions are skipped with a warning.
 * @example const { ok, errors } = checkPactAgainstOpenApi(JSON.parse(pactText), await loadOpenApi('openapi.yaml'));
 * @throws TreatyError TREATY_CORE_INVALID_PACT when the pact cannot be read; TREATY_OPENAPI_* when the document cannot
 */
export function checkPactAgainstOpenApi(pact: Pact | unknown, spec: OpenApiSpec | object): OpenApiCheckResult {
  const model = isPactModel(pact) ? pact : parsePact(pact);
  const loaded = isOpenApiSpec(spec) ? spec : parseOpenApi(spec);
  const all: OpenApiIssue[] = [];
  model.interactions.forEach((interaction, index) => {
    const where = { index, description: interaction.description };
    if (interaction.type !== 'Synchronous/HTTP') {
      all.push({ code: 'interaction.not-http', severity: 'warning', message: `"${interaction.description}" is a message interaction; OpenAPI describes HTTP only, so it was not checked`, interaction: where, pactLocation: `$.interactions[${index}]` });
      return;
    }
    for (const found of checkInteraction(model, loaded, interaction)) {
      all.push({ ...found, interaction: where, pactLocation: pactPath(model, index, found.pactLocation) });
    }
  });
  const errors = all.filter((i) => i.severity === 'error');
  return { ok: errors.length === 0, errors, warnings: all.filter((i) => i.severity === 'warning') };
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
      const where = [i.pactLocation && `${label} ${i.pactLocation}`, i.specLocation && `spec ${i.specLocation}`].filter(Boolean).join(', ');
      return `${i.severity === 'error' ? '✗' : '!'} [${i.code}] ${who}${i.message}${where ? ` (${where})` : ''}`;
    })
    .join('\n');
}
