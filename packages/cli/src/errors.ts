import { defineErrors } from '@treaty/core';

/** The error catalogue of @treaty/cli. Codes are never reused once retired. */
export const cliErrors = defineErrors({
  TREATY_CLI_USAGE: 'Failed to parse the command line: %s. Run the command with --help to see its options.',
  TREATY_CLI_FILE_NOT_FOUND: 'Failed to read %s: the file or directory does not exist. Check the path.',
  TREATY_CLI_NO_PACTS:
    'Failed to find pact files in %s: no *.json file there. Run the consumer tests first or pass the right directory.',
  TREATY_CLI_INVALID_PACT: 'Failed to read pact %s: %s. Regenerate it with the consumer tests.',
  TREATY_CLI_INVALID_JSON: 'Failed to parse %s: %s. Pass valid JSON.',
  TREATY_CLI_BROKER_URL_MISSING:
    'Failed to reach the Pact Broker: no broker URL. Pass --broker-base-url or set PACT_BROKER_BASE_URL.',
  TREATY_CLI_UNKNOWN_ENVIRONMENT:
    'Failed to find environment %s in the Pact Broker: it does not exist (known: %s). Create it with ' +
    '`treaty create-environment --name %s`.',
  TREATY_CLI_VERSION_NOT_FOUND:
    'Failed to find version %s of %s: the Pact Broker does not know it. Publish it first or check the names.',
  TREATY_CLI_NOTHING_DEPLOYED: 'Failed to record undeployment: %s is not currently deployed to %s%s. Check the names.',
  TREATY_CLI_NOTHING_RELEASED:
    'Failed to record support ended: version %s of %s is not currently released to %s. Check the names.',
  TREATY_CLI_NO_VERSION:
    'Failed to publish pacts: no consumer version. Pass --consumer-app-version or run inside a git repository.',
  TREATY_CLI_BROKER_NOT_INSTALLED:
    'Failed to start the broker: @treaty/broker is not installed. Run npm install @treaty/broker.',
  TREATY_CLI_UNKNOWN_PACTICIPANT:
    'Failed to find pacticipant %s in the Pact Broker: it does not exist. Check the name (%s).',
  TREATY_CLI_NOT_FOUND: 'Failed to find %s in the Pact Broker: it does not exist. %s.',
});

/** An error code of the CLI. */
export type CliErrorCode = keyof typeof cliErrors;
