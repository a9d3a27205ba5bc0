import { defineErrors } from '@treaty/core';

/** The error catalogue of @treaty/broker-client. Codes are never reused once retired. */
export const brokerClientErrors = defineErrors({
  TREATY_BROKER_CLIENT_INVALID_OPTIONS: 'Failed to create the Pact Broker client: %s. %s.',
  TREATY_BROKER_CLIENT_UNREACHABLE:
    'Failed to reach the Pact Broker at %s: %s. Check that it is running and the URL is right.',
  TREATY_BROKER_CLIENT_TIMEOUT:
    'Failed to %s: the Pact Broker at %s did not answer within %s ms. Check the broker, or raise the timeout.',
  TREATY_BROKER_CLIENT_REQUEST: 'Failed to %s: the broker answered %s. %s.',
  TREATY_BROKER_CLIENT_RESPONSE:
    'Failed to read the broker response of %s: %s. Check that the URL points to a Pact Broker.',
  TREATY_BROKER_CLIENT_NO_RELATION:
    'Failed to find the %s relation in the Pact Broker resource %s: the broker does not advertise it. ' +
    'Upgrade the broker or check the URL.',
});

/** An error code of @treaty/broker-client. */
export type BrokerClientErrorCode = keyof typeof brokerClientErrors;
