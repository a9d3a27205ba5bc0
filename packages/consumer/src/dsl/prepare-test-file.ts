import { closeIdleServers } from '../mock-server/server-pool';
import { installFlushHooks } from '../pact-file/flush-hooks';
import { flushPacts } from '../pact-file/pact-registry';

/**
 * When the test file (or process) ends, where the runner allows: sort pact files and close idle pooled
 * mock servers. Pact files do not depend on this: each is complete on disk when its test passes.
 * @example preparePactWriting() // in every Pact constructor
 */
export function preparePactWriting(): void {
  installFlushHooks(() => {
    try {
      flushPacts();
    } catch (error) {
      // Only the order is at stake here: every pact is already complete on disk.
      console.warn(`Treaty: pact files were left in test order: ${(error as Error).message}`);
    }
    closeIdleServers();
  });
}
