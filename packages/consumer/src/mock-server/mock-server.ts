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
  /** Told about every request once answered: which interaction answered (undefined when none) and the status. */
  onRequest?: (entry: MockRequestLog) => void;
}

/** One answered request, as given to {@link MockServerOptions.onRequest}. */
export interface MockRequestLog {
  method: string;
  path: string;
  status: number;
  interaction?: string;
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
 * @example
 * const server = await startMockServer({ interactions });
 * await fetch(server.url + '/orders');
 * const report = await server.stop();
 * @throws TREATY_CONSUMER_MOCK_START when the port cannot be bound.
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const used = new Set<HttpInteraction>();
  const unexpected: UnexpectedRequest[] = [];
  const pooled = await acquireServer(host, options.port ?? 0);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${pooled.port}`;
  pooled.setHandler((req, res) => {
    handle(req, res).catch((error: unknown) =>
      writeError(res, { error: 'Treaty mock server failed', message: String(error) }),
    );
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.cors !== false && isUnexpectedPreflight(req, options.interactions) && answerPreflight(req, res)) return;
    if (options.cors !== false) addCorsHeaders(req, res);
    const actual = await readRequest(req);
    const choice = chooseInteraction(actual, options.interactions, used, providerState(req));
    const log = (status: number, interaction?: string) =>
      options.onRequest?.({ method: actual.method, path: actual.path, status, interaction });
    if (choice.matched) {
      used.add(choice.matched);
      writeResponse(res, choice.matched.response, url);
      log(res.statusCode, choice.matched.description);
      return;
    }
    const entry: UnexpectedRequest = { request: actual, closest: choice.closest };
    unexpected.push(entry);
    if (!isDecodable(actual.path)) {
      writeError(res, { error: badPathMessage(actual.path) }, 400);
      log(400);
      return;
    }
    writeError(res, {
      error: 'Treaty mock server: the request matched no interaction of this test',
      request: { method: actual.method, path: actual.path, query: actual.query },
      closestInteraction: choice.closest?.interaction.description ?? null,
      mismatches: choice.closest?.result.mismatches ?? [],
      report: describeUnexpected(entry),
    });
    log(500);
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

function providerState(req: IncomingMessage): string | undefined {
  const state = req.headers['x-pact-provider-state'];
  return typeof state === 'string' ? state : undefined;
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function badPathMessage(path: string): string {
  return (
    `Failed to match request: the path ${path} is not valid percent-encoding and matches no interaction. ` +
    'Encode the path as UTF-8 (for example %C3%A9 for é).'
  );
}

function isUnexpectedPreflight(req: IncomingMessage, interactions: HttpInteraction[]): boolean {
  return req.method === 'OPTIONS' && !interactions.some((i) => i.request.method === 'OPTIONS');
}
