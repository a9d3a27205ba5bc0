/**
 * Wait for a user callback's result for at most `timeoutMs`, so that a handler that never settles cannot hang the run.
 * @throws Error naming `what` when the time is up, or whatever the callback threw
 */
export async function withTimeout<T>(what: string, timeoutMs: number, run: () => T | Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(run), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
