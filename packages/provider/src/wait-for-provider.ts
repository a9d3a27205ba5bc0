import { connect } from 'node:net';
import { providerErrors } from './errors';

function tryConnect(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', (error) => {
      socket.destroy();
      reject(error);
    });
  });
}

/**
 * Wait until something accepts TCP connections at `baseUrl`, polling for at most `timeoutMs`; `onWaiting` hears of
 * each failed attempt with the milliseconds waited so far (to show progress).
 * @example await waitForProvider('http://127.0.0.1:8080', 30_000, (ms) => console.error(`waiting ${ms} ms`));
 * @throws TreatyError TREATY_PROVIDER_NOT_REACHABLE
 */
export async function waitForProvider(
  baseUrl: string,
  timeoutMs: number,
  onWaiting?: (waitedMs: number) => void,
): Promise<void> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const startedAt = Date.now();
  const deadline = startedAt + timeoutMs;
  let last: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 500)) {
    try {
      return await tryConnect(host, port);
    } catch (error) {
      last = error;
    }
    if (Date.now() + delay > deadline) break;
    onWaiting?.(Date.now() - startedAt);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  throw providerErrors.TREATY_PROVIDER_NOT_REACHABLE([baseUrl, timeoutMs, (last as Error)?.message ?? 'no answer'], {
    source: baseUrl,
  });
}
