import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { TimeoutOptions } from '../options';

/** The timeouts in force when the options leave them out. */
export const DEFAULT_TIMEOUTS = Object.freeze({ headersMs: 10_000, requestMs: 60_000, keepAliveMs: 5_000 });

/**
 * Fastify server options that close connections which never finish their headers or body (slow loris),
 * sit idle, or keep a connection alive too long. Node checks the header and request deadlines every
 * `connectionsCheckingInterval`, so that interval follows the shortest deadline.
 * @example Fastify({ ...timeoutServerOptions({ headersMs: 2000 }) })
 */
export function timeoutServerOptions(options: TimeoutOptions = {}): Partial<FastifyServerOptions> {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const t = { ...DEFAULT_TIMEOUTS, ...given };
  // Node refuses a header deadline longer than the whole-request deadline.
  const headersMs = t.requestMs > 0 ? Math.min(t.headersMs, t.requestMs) : t.headersMs;
  const checkEveryMs = Math.max(100, Math.min(1000, Math.floor(headersMs / 2)));
  return {
    keepAliveTimeout: t.keepAliveMs,
    requestTimeout: t.requestMs,
    http: { headersTimeout: headersMs, requestTimeout: t.requestMs, connectionsCheckingInterval: checkEveryMs },
  } as Partial<FastifyServerOptions>;
}

const guards = new WeakMap<object, NodeJS.Timeout>();

function arm(socket: Socket, ms: number): void {
  clearTimeout(guards.get(socket));
  const timer = setTimeout(() => socket.destroy(), ms);
  timer.unref();
  guards.set(socket, timer);
}

function disarm(socket: Socket | undefined): void {
  if (socket) clearTimeout(guards.get(socket));
}

/**
 * Close stalled connections: one that sends no complete request headers within `headersMs` of connecting, and one
 * whose body has not fully arrived `requestMs` after its headers, and a kept-alive one idle past keep-alive + header
 * time. Node's own deadlines only cover connections that
 * keep sending, so a client that connects and goes silent (or stops mid-body) is cut off here.
 */
export function installStallGuards(app: FastifyInstance, options: TimeoutOptions = {}): void {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const t = { ...DEFAULT_TIMEOUTS, ...given };
  app.server.on('connection', (socket: Socket) => {
    if (t.headersMs > 0) arm(socket, t.headersMs);
    socket.once('close', () => disarm(socket));
  });
  app.addHook('onRequest', async (request) => {
    const socket = request.raw.socket;
    if (t.requestMs > 0 && socket) arm(socket, t.requestMs);
    else disarm(socket);
  });
  app.addHook('preHandler', async (request) => disarm(request.raw.socket));
  // A kept-alive connection then has its keep-alive time plus the header time to start the next request.
  app.addHook('onResponse', async (request) => {
    const socket = request.raw.socket;
    if (socket && !socket.destroyed && t.headersMs > 0) arm(socket, t.keepAliveMs + t.headersMs);
  });
}
