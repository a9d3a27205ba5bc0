import type { HttpInteraction } from '@treaty/core';
import type { PactTarget } from '../pact-file/pact-registry';
import { preparePactWriting } from './prepare-test-file';
import { targetOf, type PactV4Options } from './pact-options';
import { UnconfiguredAsynchronousMessage } from './v4-async-message';
import { UnconfiguredGraphQLInteraction } from './v4-graphql';
import { UnconfiguredInteraction, type V4Context } from './v4-http-interaction';
import { UnconfiguredSynchronousMessage } from './v4-sync-message';

/**
 * A V4 consumer pact (pact-js `PactV4`, also exported as `Pact`): HTTP interactions, asynchronous and
 * synchronous messages, GraphQL. Each `executeTest` runs against a fresh mock server on a free port.
 * @example
 * const pact = new PactV4({ consumer: 'web', provider: 'api', dir: 'pacts' });
 * await pact.addInteraction().uponReceiving('list orders').withRequest('GET', '/orders')
 *   .willRespondWith(200, (b) => b.jsonBody(eachLike({ id: integer(1) })))
 *   .executeTest(async (server) => client(server.url).listOrders());
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing.
 */
export class PactV4 {
  private readonly target: PactTarget;
  // HTTP interactions given a response but not run yet: pact-js runs them with the next executeTest.
  private readonly pending: HttpInteraction[] = [];

  /** Check the options; each test's interactions are written to the pact file when the test passes. */
  constructor(private readonly opts: PactV4Options) {
    this.target = targetOf(opts, 'V4');
    preparePactWriting();
  }

  private context(): V4Context {
    return { opts: this.opts, target: this.target, pending: this.pending };
  }

  /** Kept for pact-js compatibility: there is nothing to set up. */
  setup(): void {
    // pact-js creates its native pact here; Treaty needs nothing.
  }

  /** Start an HTTP interaction. */
  addInteraction(): UnconfiguredInteraction {
    return new UnconfiguredInteraction(this.context());
  }

  /** Start a synchronous (request/response) message interaction. */
  addSynchronousInteraction(description: string): UnconfiguredSynchronousMessage {
    return new UnconfiguredSynchronousMessage(this.context(), description);
  }

  /** Start an asynchronous message interaction. */
  addAsynchronousInteraction(): UnconfiguredAsynchronousMessage {
    return new UnconfiguredAsynchronousMessage(this.context());
  }

  /** Start a GraphQL interaction. */
  addGraphQLInteraction(): UnconfiguredGraphQLInteraction {
    return new UnconfiguredGraphQLInteraction(this.context());
  }
}
