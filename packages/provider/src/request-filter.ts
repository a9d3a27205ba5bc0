import type { FilterRequest, RequestFilter } from './types';

/** The request the verifier is about to send, before the filter. */
export interface OutgoingRequest {
  method: string;
  path: string;
  query?: Record<string, string[]>;
  headers: Record<string, string[]>;
  body: unknown;
}

function firstHeader(headers: FilterRequest['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function toFilterRequest(req: OutgoingRequest, search: string): FilterRequest {
  const headers: FilterRequest['headers'] = {};
  for (const [name, values] of Object.entries(req.headers))
    headers[name.toLowerCase()] = values.length === 1 ? values[0] : [...values];
  const query: FilterRequest['query'] = {};
  for (const [name, values] of Object.entries(req.query ?? {}))
    query[name] = values.length === 1 ? values[0] : [...values];
  const url = req.path + (search ? `?${search}` : '');
  return {
    method: req.method,
    url,
    originalUrl: url,
    path: req.path,
    query,
    headers,
    body: req.body,
    get: (name) => firstHeader(headers, name),
    header: (name) => firstHeader(headers, name),
  };
}

const refuse = () => {
  throw new Error('requestFilter may only change the request and call next(); it cannot answer it');
};
const fakeResponse = { locals: {}, status: refuse, send: refuse, json: refuse, end: refuse, sendStatus: refuse };

/**
 * Run an express-style request filter on an in-memory copy of the request, and return what to send.
 * The filter may change `req.headers`, `req.body`, `req.method` and `req.url`/`req.path`, then call `next()`
 * (or return a promise). It is bounded by `timeoutMs`.
 * @throws Error when the filter throws, passes an error to `next`, or never finishes
 */
export async function applyRequestFilter(
  filter: RequestFilter,
  req: OutgoingRequest,
  search: string,
  timeoutMs: number,
): Promise<{ request: FilterRequest }> {
  const filterReq = toFilterRequest(req, search);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`requestFilter did not call next() within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const done = (error?: unknown) => {
      clearTimeout(timer);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };
    try {
      const result = filter(filterReq, fakeResponse, done);
      if (result && typeof (result as Promise<unknown>).then === 'function')
        (result as Promise<unknown>).then(() => done(), done);
    } catch (error) {
      done(error);
    }
  });
  return { request: filterReq };
}
