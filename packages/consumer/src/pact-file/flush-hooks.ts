type Hook = (fn: () => void) => void;

let exitHookInstalled = false;
let suiteHookInstalled = false;

/**
 * Arrange for `flush` (clean-up that nothing correct depends on, such as closing idle servers) to run
 * when the test file ends (Jest/Vitest/Jasmine `afterAll`, Mocha `after`) and when the process exits.
 * Returns false when no end-of-file hook could be installed.
 * @example installFlushHooks(closeIdleServers)
 */
export function installFlushHooks(flush: () => void): boolean {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Jest replaces `process` in test files with a copy whose events never fire; this covers plain
    // Node, `node --test` and ESM scripts.
    process.once('exit', () => flush());
  }
  const globals = globalThis as Record<string, unknown>;
  const afterAll = (globals.afterAll ?? globals.after) as Hook | undefined;
  if (typeof afterAll === 'function' && !jestHasStarted()) {
    try {
      // One hook per Pact created: each describe block that creates one flushes when it ends.
      afterAll(() => flush());
      suiteHookInstalled = true;
      return true;
    } catch {
      // Called inside a running test or hook: the suite hook cannot be added any more.
    }
  }
  return suiteHookInstalled || process.env.JEST_WORKER_ID === undefined;
}

// jest-circus records (rather than throws) a hook added while tests run, failing the whole file,
// so look at its state before trying.
function jestHasStarted(): boolean {
  const symbol = Object.getOwnPropertySymbols(globalThis).find((s) => s.description === 'JEST_STATE_SYMBOL');
  const state = symbol
    ? (globalThis as unknown as Record<symbol, { hasStarted?: boolean } | undefined>)[symbol]
    : undefined;
  return state?.hasStarted === true;
}
