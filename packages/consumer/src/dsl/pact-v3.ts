import type { HttpInteraction, HttpRequest } from '@treaty/core';
import { consumerErrors } from '../errors';
import type { JsonMap, Rules } from '../matchers/matcher-types';
import type { PactTarget } from '../pact-file/pact-registry';
import { preparePactWriting } from './prepare-test-file';
import { addState, metaFields, newMeta, type InteractionMeta } from './interaction-meta';
import { targetOf, type PactV3Options } from './pact-options';
import { runHttpTest, type V3MockServer } from './run-http-test';
import { v3Request, v3Response } from './v3-parts';
import type { V3Interaction, V3Request, V3Response } from './v3-types';

/**
 * A V3 consumer pact (pact-js `PactV3`): interactions defined with plain objects, then `executeTest`
 * runs them all against one mock server. Writes V3 pact files unless `spec` says otherwise.
 * @example
 * const provider = new PactV3({ consumer: 'web', provider: 'api' });
 * provider.given('orders exist').uponReceiving('list orders').withRequest({ method: 'GET', path: '/orders' })
 *   .willRespondWith({ status: 200, body: eachLike({ id: 1 }) });
 * await provider.executeTest(async (server) => client(server.url).listOrders());
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing.
 */
export class PactV3 {
  protected readonly target: PactTarget;
  private states: InteractionMeta['providerStates'] = [];
  private meta?: InteractionMeta;
  private request?: HttpRequest;
  private interactions: HttpInteraction[] = [];

  /** Check the options. */
  constructor(protected readonly opts: PactV3Options) {
    this.target = targetOf(opts, 'V3');
    preparePactWriting();
  }

  /** Add a whole interaction. */
  addInteraction(interaction: V3Interaction): this {
    for (const state of interaction.states ?? []) this.given(state.description, state.parameters);
    return this.uponReceiving(interaction.uponReceiving).withRequest(interaction.withRequest).willRespondWith(interaction.willRespondWith);
  }

  /** Add a provider state to the next interaction. */
  given(providerState: string, parameters?: JsonMap): this {
    const holder = newMeta();
    addState(holder, providerState, parameters);
    this.states.push(...holder.providerStates);
    return this;
  }

  /** Start an interaction with its description. */
  uponReceiving(description: string): this {
    this.meta = { ...newMeta(description), providerStates: this.states };
    this.states = [];
    return this;
  }

  /** Set the request. */
  withRequest(req: V3Request): this {
    this.request = v3Request(req);
    return this;
  }

  /** Set the request with extra matching rules. */
  withRequestMatchingRules(req: V3Request, rules: Rules): this {
    this.request = v3Request(req, rules);
    return this;
  }

  /** Set the response, completing the interaction. */
  willRespondWith(res: V3Response): this {
    return this.complete(res);
  }

  /** Set the response with extra matching rules, completing the interaction. */
  withResponseMatchingRules(res: V3Response, rules: Rules): this {
    return this.complete(res, rules);
  }

  private complete(res: V3Response, rules?: Rules): this {
    if (!this.meta || !this.request) {
      throw consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([this.meta?.description ?? '(no description)', 'call uponReceiving and withRequest before willRespondWith']);
    }
    this.interactions.push({ type: 'Synchronous/HTTP', ...metaFields(this.meta), request: this.request, response: v3Response(res, rules) });
    this.meta = undefined;
    this.request = undefined;
    return this;
  }

  /** Run the test against a mock server serving the interactions defined since the last run. */
  executeTest<T>(testFn: (mockServer: V3MockServer) => Promise<T>): Promise<T | undefined> {
    const interactions = this.interactions;
    this.interactions = [];
    return runHttpTest(this.opts, this.target, interactions, testFn);
  }
}
