import type { RenderedRequest } from './render-request';

/** What one HTTP call of a webhook returned. */
export interface SendResult {
  success: boolean;
  status?: number;
  body?: string;
  error?: string;
  durationMs: number;
}

const MAX_LOGGED_BODY = 4096;

/** Send a rendered webhook request; a 2xx answer is a success. Never throws. */
export async function sendWebhook(request: RenderedRequest, timeoutMs: number): Promise<SendResult> {
  const started = Date.now();
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    const text = await response.text();
    return { success: response.status >= 200 && response.status < 300, status: response.status, body: text.slice(0, MAX_LOGGED_BODY), durationMs: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return { success: false, error: `${(error as Error).message}${cause ? ` (${cause})` : ''}`, durationMs: Date.now() - started };
  }
}

/** The delay before attempt `attempt + 1`: exponential from `baseMs`, capped at `maxMs`, with full jitter on the upper half. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
