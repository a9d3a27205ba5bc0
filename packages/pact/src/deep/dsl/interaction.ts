/** pact-js's `src/dsl/interaction`: the V2 interaction builder and its types. */
export { Interaction, interactionToInteractionObject } from '../../index';
export type {
  Query,
  Headers,
  RequestOptions,
  ResponseOptions,
  InteractionObject,
  InteractionState,
  InteractionStateComplete,
} from '../../index';
