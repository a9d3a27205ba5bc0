/**
 * pact-js checks what its Rust mock server received right after the test function resolves; on a loaded machine
 * the server sometimes has not recorded the request yet ("expected but not received", a known pact-js race). The
 * pacts pact-js writes are fixtures for Treaty's tests, so such a pact-js run is repeated (up to three times)
 * rather than failing the suite.
 */
export async function retryMissedRequest(run: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await run();
      return;
    } catch (error) {
      if (attempt >= 3 || !/expected but not received/.test(String(error))) throw error;
    }
  }
}
