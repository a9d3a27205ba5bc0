import type { CommandContext } from '../io';

/** `@treaty/provider`'s waitForProvider, injected so that the CLI loads the provider only when verifying. */
type WaitForProvider = (baseUrl: string, timeoutMs: number, onWaiting?: (waitedMs: number) => void) => Promise<void>;

/**
 * Wait for the provider to accept connections, telling the user on stderr that it waits, for how long at most,
 * and which flag changes that: once at the start, then every 5 seconds.
 * @throws TreatyError TREATY_PROVIDER_NOT_REACHABLE when it never answers.
 */
export async function waitForProviderWithProgress(
  ctx: CommandContext,
  wait: WaitForProvider,
  url: string,
  timeoutMs: number,
): Promise<void> {
  let nextReportMs = 0;
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  await wait(url, timeoutMs, (waitedMs) => {
    if (waitedMs < nextReportMs) return;
    ctx.err(
      nextReportMs === 0
        ? `Waiting for the provider at ${url} to accept connections (at most ${seconds(timeoutMs)}; change it ` +
            `with --timeout)...`
        : `Still waiting for the provider at ${url}: ${seconds(waitedMs)} of ${seconds(timeoutMs)} (--timeout)...`,
    );
    nextReportMs = (Math.floor(waitedMs / 5000) + 1) * 5000;
  });
}
