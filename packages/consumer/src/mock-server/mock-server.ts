import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpInteraction } from '@treaty/core';
import { chooseInteraction } from './choose-interaction';
import { addCorsHeaders, answerPreflight } from './cors';
import { describeUnexpected, type MockReport, type UnexpectedRequest } from './mock-report';
import { readRequest } from './read-request';
import { acquireServer, releaseServer } from './server-pool';
import { writeError, writeResponse } from './write-response';

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  interactions: HttpInteraction[];
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 0 (a free port). */
  port?: number;
  /** Answer CORS preflight requests. Defaults to true, as pact-js. */
  cors?: boolean;
}

/** A running mock server. */
export interface MockServer {
  url: string;
  port: number;
  id: string;
  /** Stop the server and report what was missing or unexpected. */
  stop(): Promise<MockReport>;
}

/**
 * Start an HTTP mock server answering from the given interactions.
 * @example const server = await startMockServer({ interactions }); await fetch(server.url + '/orders'); const report = await server.stop();
 * @throws TREATY_CONSUMER_MOCK_START when the port cannot be bound.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const used = new Set<HttpInteraction>();
  const unexpected: UnexpectedRequest[] = [];
  const pooled = await acquireServer(host, options.port ?? 0);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${pooled.port}`;
  pooled.setHandler((req, res) => {
    handle(req, res).catch((error: unknown) => writeError(res, { error: 'Treaty mock server failed', message: String(error) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.cors !== false && isUnexpectedPreflight(req, options.interactions) && answerPreflight(req, res)) return;
    if (options.cors !== false) addCorsHeaders(req, res);
    const actual = await readRequest(req);
    const choice = chooseInteraction(actual, options.interactions, used);
    if (choice.matched) {
      used.add(choice.matched);
      writeResponse(res, choice.matched.response, url);
      return;
    }
    const entry: UnexpectedRequest = { request: actual, closest: choice.closest };
    unexpected.push(entry);
    writeError(res, {
      error: 'Treaty mock server: the request matched no interaction of this test',
      request: { method: actual.method, path: actual.path, query: actual.query },
      closestInteraction: choice.closest?.interaction.description ?? null,
      mismatches: choice.closest?.result.mismatches ?? [],
      report: describeUnexpected(entry),
    });
  }
  return {
    url,
    port: pooled.port,
    id: `treaty-${pooled.port}`,
    stop: async () => {
      await releaseServer(host, options.port ?? 0, pooled);
      return { missing: options.interactions.filter((i) => !used.has(i)), unexpected };
    },
  };
}

function isUnexpectedPreflight(req: IncomingMessage, interactions: HttpInteraction[]): boolean {
  return req.method === 'OPTIONS' && !interactions.some((i) => i.request.method === 'OPTIONS');
}
