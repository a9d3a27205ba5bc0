import { closeIdleServers } from '../mock-server/server-pool';
import { installFlushHooks } from '../pact-file/flush-hooks';
import { flushPacts, setWriteThrough } from '../pact-file/pact-registry';

let writeThrough = false;

/**
 * Arrange the end of the test file (or process): write pending pacts, close idle mock servers.
 * Falls back to writing through when the end cannot be hooked (a Pact created inside a running Jest test).
 * @example preparePactWriting() // in every Pact constructor
 */
export function preparePactWriting(): void {
  const hooked = installFlushHooks(() => {
    flushPacts();
    closeIdleServers();
  });
  writeThrough ||= !hooked;
  setWriteThrough(writeThrough);
}
