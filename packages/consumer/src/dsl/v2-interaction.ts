import { invalidInteraction } from './pact-js-names';
import type { V3Request, V3Response } from './v3-types';

/** A V2 request (pact-js's `RequestOptions`); the query may also be a query string. */
export type V2Request = Omit<V3Request, 'query'> & { query?: V3Request['query'] | string };

/** A V2 interaction as a plain object (pact-js's `InteractionObject`). */
export interface InteractionObject {
  state: string | undefined;
  uponReceiving: string;
  withRequest: V2Request;
  willRespondWith: V3Response;
}

/** The state of an {@link Interaction} (pact-js's `InteractionStateComplete`). */
export interface InteractionStateComplete {
  providerState?: string;
  description: string;
  request: V2Request;
  response: V3Response;
}

/** Builds a V2 interaction step by step (pact-js's `Interaction`). */
export class Interaction {
  state: Partial<InteractionStateComplete> = {};

  /** Set the provider state. */
  given(providerState: string): this {
    if (providerState) this.state.providerState = providerState;
    return this;
  }

  /**
   * Set the description.
   * @throws ConfigurationError (TREATY_CONSUMER_INVALID_INTERACTION) when the description is empty.
   */
  uponReceiving(description: string): this {
    if (!description) throw invalidInteraction(undefined, 'uponReceiving needs a description');
    this.state.description = description;
    return this;
  }

  /**
   * Set the request.
   * @throws ConfigurationError (TREATY_CONSUMER_INVALID_INTERACTION) when the method or path is missing.
   */
  withRequest(request: V2Request): this {
    if (!request?.method) throw invalidInteraction(this.state.description, 'the request needs a method');
    if (request.path === undefined) throw invalidInteraction(this.state.description, 'the request needs a path');
    this.state.request = request;
    return this;
  }

  /**
   * Set the response.
   * @throws ConfigurationError (TREATY_CONSUMER_INVALID_INTERACTION) when the status is missing.
   */
  willRespondWith(response: V3Response): this {
    if (response?.status === undefined) throw invalidInteraction(this.state.description, 'the response needs a status');
    this.state.response = response;
    return this;
  }

  /**
   * The finished interaction.
   * @throws ConfigurationError (TREATY_CONSUMER_INVALID_INTERACTION) when the description, request or response is
   *   missing.
   */
  json(): InteractionStateComplete {
    const { description, request, response } = this.state;
    if (!description || !request || !response) {
      throw invalidInteraction(description, 'give it a description (uponReceiving), a request and a response');
    }
    return { ...this.state, description, request, response };
  }
}

/**
 * An interaction's state as a plain interaction object (pact-js's `interactionToInteractionObject`).
 * @example interactionToInteractionObject(new
 *   Interaction().uponReceiving('x').withRequest(r).willRespondWith(s).json())
 */
export function interactionToInteractionObject(interaction: InteractionStateComplete): InteractionObject {
  return {
    state: interaction.providerState,
    uponReceiving: interaction.description,
    withRequest: interaction.request,
    willRespondWith: interaction.response,
  };
}
