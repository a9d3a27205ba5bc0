import { TreatyError } from '@treaty/core';
import { consumerErrors } from '../errors';

/** GraphQL operation types (pact-js's `OperationType`). */
export const OperationType = { Mutation: 'Mutation', Query: 'Query' } as const;

/** One of {@link OperationType}'s values. */
export type OperationType = (typeof OperationType)[keyof typeof OperationType];

/** pact-js's configuration error: a {@link TreatyError} (code `TREATY_CONSUMER_INVALID_INTERACTION` unless given). */
export class ConfigurationError extends TreatyError {
  /** Create the error with a message and a code. */
  constructor(message: string, code = 'TREATY_CONSUMER_INVALID_INTERACTION') {
    super(code, message);
    this.name = 'ConfigurationError';
  }
}

/** pact-js's GraphQL query error: a {@link TreatyError} with code `TREATY_CONSUMER_INVALID_INTERACTION`. */
export class GraphQLQueryError extends TreatyError {
  /** Create the error with a message. */
  constructor(message: string) {
    super('TREATY_CONSUMER_INVALID_INTERACTION', message);
    this.name = 'GraphQLQueryError';
  }
}

/**
 * A {@link ConfigurationError} for an incomplete or invalid interaction, with the catalogue's message.
 * @example throw invalidInteraction('list orders', 'a status code is required')
 */
export function invalidInteraction(description: string | undefined, reason: string): ConfigurationError {
  const error = consumerErrors.TREATY_CONSUMER_INVALID_INTERACTION([description ?? '(no description)', reason]);
  return new ConfigurationError(error.message, error.code);
}
