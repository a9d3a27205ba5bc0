interface ExpectLike {
  getState?: () => { currentTestName?: string };
}

/**
 * The name of the running test when the runner exposes it (Jest and Vitest through `expect`, Vitest
 * also without globals), otherwise undefined. Only used to name tests in warnings.
 * @example currentTestName() // 'orders > returns one order'
 */
export function currentTestName(): string | undefined {
  const globals = globalThis as Record<string, unknown>;
  try {
    const fromExpect = (globals.expect as ExpectLike | undefined)?.getState?.().currentTestName;
    if (fromExpect) return fromExpect;
    const worker = globals.__vitest_worker__ as { current?: { name?: string } } | undefined;
    return worker?.current?.name;
  } catch {
    return undefined;
  }
}
