import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isPrivateAddress, PRIVATE_DESTINATION, publicOnlyLookup } from './private-destinations';
import type { RenderedRequest } from './render-request';

/** What one HTTP call of a webhook returned. */
export interface SendResult {
  success: boolean;
  status?: number;
  body?: string;
  error?: string;
  durationMs: number;
  /** The destination is private and not allowed: retrying cannot help. */
  refused?: boolean;
}

/** How a webhook call may connect. */
export interface SendOptions {
  /** Whole-call timeout in ms. */
  timeoutMs: number;
  /**
   * Allow loopback, private and link-local destinations; otherwise the resolved address is checked before connecting.
   */
  allowPrivate?: boolean;
}

const MAX_LOGGED_BODY = 4096;

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      if (text.length < MAX_LOGGED_BODY) text += chunk;
    });
    response.on('end', () => resolve(text.slice(0, MAX_LOGGED_BODY)));
    response.on('error', reject);
  });
}

function call(request: RenderedRequest, options: SendOptions): Promise<{ status: number; body: string }> {
  const target = new URL(request.url);
  if (!options.allowPrivate && isPrivateAddress(target.hostname)) {
    const reason = `${target.hostname} is a private, loopback or link-local address`;
    return Promise.reject(Object.assign(new Error(reason), { code: PRIVATE_DESTINATION }));
  }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestOptions: RequestOptions = {
    method: request.method,
    headers: request.headers,
    signal: AbortSignal.timeout(options.timeoutMs),
    ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup as RequestOptions['lookup'] }),
  };
  return new Promise((resolve, reject) => {
    const outgoing = send(target, requestOptions, (response) => {
      readBody(response).then((body) => resolve({ status: response.statusCode ?? 0, body }), reject);
    });
    outgoing.on('error', reject);
    outgoing.end(request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body);
  });
}

/** Send a rendered webhook request (redirects are not followed); a 2xx answer is a success. Never throws. */
export async function sendWebhook(request: RenderedRequest, options: SendOptions): Promise<SendResult> {
  const started = Date.now();
  try {
    const { status, body } = await call(request, options);
    return { success: status >= 200 && status < 300, status, body, durationMs: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    const refused = (error as { code?: string }).code === PRIVATE_DESTINATION;
    return {
      success: false,
      error: `${(error as Error).message}${cause ? ` (${cause})` : ''}`,
      durationMs: Date.now() - started,
      ...(refused ? { refused } : {}),
    };
  }
}

/**
 * The delay before attempt `attempt + 1`: exponential from `baseMs`, capped at `maxMs`, with full jitter on the upper
 * half.
 */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
