import { defineErrors, type TreatyError } from '@treaty/core';

/** The error catalogue of @treaty/broker. Codes are never reused once retired. */
export const brokerErrors = defineErrors({
  TREATY_BROKER_INVALID_OPTIONS: 'Failed to start broker: %s. Check the broker options.',
  TREATY_BROKER_INVALID_BODY: 'Failed to read request body: %s. Send a JSON object as the Pact Broker API expects.',
  TREATY_BROKER_VALIDATION: 'Failed to %s: %s. Fix the request and try again.',
  TREATY_BROKER_NOT_FOUND: 'Failed to find %s: it does not exist. Check the name or publish it first.',
  TREATY_BROKER_METHOD_NOT_ALLOWED: 'Failed to %s %s: the resource only accepts %s. Use one of those methods.',
  TREATY_BROKER_CONFLICT:
    'Failed to %s: %s. Publish with a new version number or ask the operator to allow overwrites.',
  TREATY_BROKER_INVALID_PACT: 'Failed to publish pact%s: %s. Regenerate the pact with the consumer tests.',
  TREATY_BROKER_INVALID_SELECTOR: 'Failed to select pacts for verification: %s. Fix the consumer version selectors.',
  TREATY_BROKER_BODY_TOO_LARGE:
    'Failed to read request body: it is larger than %s bytes. Send a smaller body or raise bodyLimit.',
  TREATY_BROKER_UNAUTHORIZED: 'Failed to authorise request: %s. Send valid credentials.',
  TREATY_BROKER_FORBIDDEN: 'Failed to authorise request: %s. Use credentials with the right scope.',
  TREATY_BROKER_INTERNAL:
    'Failed to handle request: an unexpected error occurred (request id %s). Check the broker logs.',
  TREATY_BROKER_CONCURRENT_CHANGE:
    'Failed to %s: %s changed or was deleted while this request ran. Read it again and retry.',
  TREATY_BROKER_TOO_DEEP:
    'Failed to read request body: it nests deeper than %s levels at %s. Flatten the JSON document.',
  TREATY_BROKER_URL_TOO_LONG:
    'Failed to read request URL: a path segment is longer than %s characters. Use shorter names.',
  TREATY_BROKER_UNAVAILABLE: 'Failed to reach %s: %s. Check the database and retry.',
});

/** A broker error code. */
export type BrokerErrorCode = keyof typeof brokerErrors;

/** The HTTP status each error code is answered with. */
export const errorStatus: Record<BrokerErrorCode, number> = {
  TREATY_BROKER_INVALID_OPTIONS: 500,
  TREATY_BROKER_INVALID_BODY: 400,
  TREATY_BROKER_VALIDATION: 400,
  TREATY_BROKER_NOT_FOUND: 404,
  TREATY_BROKER_METHOD_NOT_ALLOWED: 405,
  TREATY_BROKER_CONFLICT: 409,
  TREATY_BROKER_INVALID_PACT: 400,
  TREATY_BROKER_INVALID_SELECTOR: 400,
  TREATY_BROKER_BODY_TOO_LARGE: 413,
  TREATY_BROKER_UNAUTHORIZED: 401,
  TREATY_BROKER_FORBIDDEN: 403,
  TREATY_BROKER_INTERNAL: 500,
  TREATY_BROKER_CONCURRENT_CHANGE: 409,
  TREATY_BROKER_TOO_DEEP: 400,
  TREATY_BROKER_URL_TOO_LONG: 414,
  TREATY_BROKER_UNAVAILABLE: 503,
};

/** Shorthand: a 404 for a named thing. */
export function notFound(what: string): TreatyError {
  return brokerErrors.TREATY_BROKER_NOT_FOUND([what]);
}

/**
 * Shorthand: a 400 with the Pact Broker's `errors` map (field → messages) kept in details.
 * @example throw invalid('create environment', { name: ['is missing'] });
 */
export function invalid(action: string, errors: Record<string, string[]>): TreatyError {
  const text = Object.entries(errors)
    .map(([field, messages]) => `${field} ${messages.join(', ')}`)
    .join('; ');
  return brokerErrors.TREATY_BROKER_VALIDATION([action, text], { errors });
}
