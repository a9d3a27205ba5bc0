import { encodeBody, generateResponse, type HttpInteraction, type Pact } from '@treaty/core';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { chooseInteraction } from '../mock-server/choose-interaction';
import { describeUnexpected } from '../mock-server/mock-report';
import { modelFromFetchRequest } from './fetch-request';
import { loadPact } from './load-pact';

/** Options of {@link pactToHandlers}. */
export interface PactHandlersOptions {
  /** Only answer requests under this URL (e.g. `https://api.example.com/v1`); its path is removed before matching. */
  baseUrl?: string;
  /** Serve only interactions without provider states or with one of these states. */
  providerStates?: string[];
  /** What to do with a request no interaction matches: answer 500 with the diff (default) or let other handlers try. */
  onUnmatched?: 'error' | 'passthrough';
}

function selectInteractions(pact: Pact, states: string[] | undefined): HttpInteraction[] {
  const http = pact.interactions.filter((i): i is HttpInteraction => i.type === 'Synchronous/HTTP');
  if (!states) return http;
  return http.filter((i) => i.providerStates.length === 0 || i.providerStates.some((s) => states.includes(s.name)));
}

function toHttpResponse(interaction: HttpInteraction, mockServerUrl: string): Response {
  const response = generateResponse(interaction.response, { mockServerUrl });
  const headers = new Headers();
  for (const [name, values] of Object.entries(response.headers ?? {}))
    for (const value of values) headers.append(name, value);
  if (response.body?.contentType && !headers.has('content-type'))
    headers.set('content-type', response.body.contentType);
  const body = encodeBody(response.body);
  return new HttpResponse(body === undefined ? null : (body as ConstructorParameters<typeof Response>[0]), {
    status: response.status,
    headers,
  });
}

/**
 * msw request handlers answering from a pact's HTTP interactions, matched with Treaty's engine, so
 * front-end and Node tests run against the contract in-process.
 * @example server.use(...pactToHandlers('pacts/web-api.json', { baseUrl: 'https://api.example.com' }))
 * @throws TREATY_CONSUMER_PACT_SOURCE or TREATY_CORE_INVALID_PACT when the pact cannot be loaded.
 */
export function pactToHandlers(
  source: Pact | Record<string, unknown> | string,
  options: PactHandlersOptions = {},
): HttpHandler[] {
  const interactions = selectInteractions(loadPact(source), options.providerStates);
  const base = options.baseUrl ? new URL(options.baseUrl) : undefined;
  const basePath = base ? base.pathname.replace(/\/$/, '') : '';
  const used = new Set<HttpInteraction>();
  const predicate = base
    ? new RegExp(
        '^' +
          base.origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') +
          basePath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') +
          '(/|\\?|$)',
      )
    : /.*/;
  const handler = http.all(predicate, async ({ request }) => {
    const actual = await modelFromFetchRequest(request, basePath);
    const choice = chooseInteraction(actual, interactions, used);
    if (choice.matched) {
      used.add(choice.matched);
      return toHttpResponse(choice.matched, `${new URL(request.url).origin}${basePath}`);
    }
    if (options.onUnmatched === 'passthrough') return undefined;
    return HttpResponse.json(
      {
        error: 'Treaty: the request matched no interaction of the pact',
        closestInteraction: choice.closest?.interaction.description ?? null,
        report: describeUnexpected({ request: actual, closest: choice.closest }),
      },
      { status: 500 },
    );
  });
  return [handler];
}
