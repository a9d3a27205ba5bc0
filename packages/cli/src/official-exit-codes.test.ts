import { brokerClientErrors } from '@treaty/broker-client';
import { coreErrors } from '@treaty/core';
import { CommanderError } from 'commander';
import { cliErrors } from './errors';
import { mirrorsOfficialCli, officialExitCodeFor } from './official-exit-codes';

describe('exit codes of the commands that mirror pact-broker', () => {
  it('applies to every command but the ones only treaty has', () => {
    const mirrored = [
      'publish',
      'can-i-deploy',
      'describe-pacticipant',
      'provider-states',
      'publish-provider-contract',
    ];
    for (const command of mirrored) expect(mirrorsOfficialCli([command, '--x'])).toBe(true);
    for (const command of ['verify', 'broker', 'mock', 'openapi', 'contract', 'token'])
      expect(mirrorsOfficialCli([command])).toBe(false);
    expect(mirrorsOfficialCli(['--help'])).toBe(false);
  });

  it('is 2 for a wrong command line or an invalid pact, 1 for every other failure, 70 for a bug', () => {
    expect(officialExitCodeFor(new CommanderError(1, 'commander.unknownOption', 'unknown option'))).toBe(2);
    expect(officialExitCodeFor(cliErrors.TREATY_CLI_USAGE(['--user is not user:password']))).toBe(2);
    expect(officialExitCodeFor(cliErrors.TREATY_CLI_BROKER_URL_MISSING([]))).toBe(2);
    expect(officialExitCodeFor(coreErrors.TREATY_CORE_INVALID_PACT(['a.json', 'no consumer']))).toBe(2);
    expect(officialExitCodeFor(cliErrors.TREATY_CLI_INVALID_PACT(['a.json', 'it is not JSON']))).toBe(1);
    expect(officialExitCodeFor(cliErrors.TREATY_CLI_FILE_NOT_FOUND(['a.json']))).toBe(1);
    expect(officialExitCodeFor(cliErrors.TREATY_CLI_UNKNOWN_PACTICIPANT(['nope', 'did you mean web?']))).toBe(1);
    const unreachable = brokerClientErrors.TREATY_BROKER_CLIENT_UNREACHABLE(['http://127.0.0.1:1', 'ECONNREFUSED']);
    expect(officialExitCodeFor(unreachable)).toBe(1);
    expect(officialExitCodeFor(new TypeError('x is undefined'))).toBe(70);
  });
});
