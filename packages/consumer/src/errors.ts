import { defineErrors } from '@treaty/core';

/** The error catalogue of @treaty/consumer. */
export const consumerErrors = defineErrors({
  TREATY_CONSUMER_INVALID_MATCHER: 'Failed to build matcher %s: %s. Fix the matcher arguments in the consumer test.',
  TREATY_CONSUMER_INVALID_INTERACTION:
    'Failed to define interaction "%s": %s. Complete the interaction before calling executeTest.',
  TREATY_CONSUMER_CONFLICTING_INTERACTION:
    'Failed to record interaction "%s": another test defines an interaction with the same description and ' +
    'provider states differently (%s). Give one of them its own description or provider state.',
  TREATY_CONSUMER_MOCK_MISMATCH:
    'Failed to verify the consumer test against the mock server: %s. Fix the request your code sends or the ' +
    'interaction in the test (report below).',
  TREATY_CONSUMER_MOCK_START:
    'Failed to start the mock server on %s: %s. Choose another port or leave it out for a free one.',
  TREATY_CONSUMER_PACT_LOCK:
    'Failed to lock pact file %s: %s. Remove the stale lock file if no test run is writing it.',
  TREATY_CONSUMER_PACT_WRITE:
    'Failed to write pact file %s: %s. Check that the directory is writable and the existing file is a valid pact.',
  TREATY_CONSUMER_INVALID_OPTION: 'Failed to read option %s: %s. Use one of: %s.',
  TREATY_CONSUMER_MESSAGE: 'Failed to define message "%s": %s. Fix the message in the consumer test.',
  TREATY_CONSUMER_PACT_SOURCE:
    'Failed to load pact %s: %s. Pass a pact model, a pact JSON object or the path of a pact file.',
  TREATY_CONSUMER_BODY_FILE:
    'Failed to read body file %s: %s. Give the path of a readable file (relative paths start at %s).',
});
