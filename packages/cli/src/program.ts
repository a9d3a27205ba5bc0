import { Command, CommanderError } from 'commander';
import { registerBrokerCommand } from './commands/broker';
import { registerCanIDeployCommand } from './commands/can-i-deploy';
import { registerContractCommand } from './commands/contract-check';
import { registerCreateEnvironmentCommand } from './commands/create-environment';
import { registerMockCommand } from './commands/mock';
import { registerOfficialBrokerCommands } from './commands/official-broker-commands';
import { registerOpenApiCommand } from './commands/openapi-check';
import { registerPublishCommand } from './commands/publish';
import { registerRecordDeploymentCommand } from './commands/record-deployment';
import { registerRecordReleaseCommand } from './commands/record-release';
import { registerRecordSupportEndedCommand } from './commands/record-support-ended';
import { registerRecordUndeploymentCommand } from './commands/record-undeployment';
import { registerVerifyCommand } from './commands/verify';
import { registerTokenCommand } from './commands/token';
import type { CommandContext } from './io';

const overview = `
Exit codes:
  of the commands the official pact-broker CLI also has (as it exits):
  0  done; the answer is yes
  1  the answer is no (not deployable), or the command failed (unknown name, broker refused or unreachable)
  2  the command line is wrong (unknown option, bad value), or publish found an invalid pact
  of verify, mock, openapi, contract, token and broker:
  0  done; the answer is yes
  1  the answer is no: verification failed, the check found errors
  2  bad input: unknown option, missing file, malformed pact, a request the broker refused as invalid
  3  the broker could not be reached, refused the credentials, or failed

Broker commands read PACT_BROKER_BASE_URL, PACT_BROKER_TOKEN, PACT_BROKER_USERNAME and
PACT_BROKER_PASSWORD, and take the same flags as the official pact-broker CLI.`;

/** Build the `treaty` command tree writing to `ctx`. */
export function createProgram(ctx: CommandContext, version: string): Command {
  const program = new Command('treaty')
    .description('Consumer-driven contract testing: publish, verify, can-i-deploy, broker, mock, openapi check.')
    .version(version, '-V, --version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void ctx.stdout.write(text),
      writeErr: (text) => void ctx.stderr.write(text),
      outputError: () => undefined,
    })
    .addHelpText('after', overview);
  registerBrokerCommand(program, ctx);
  registerPublishCommand(program, ctx);
  registerVerifyCommand(program, ctx);
  registerCanIDeployCommand(program, ctx);
  registerCreateEnvironmentCommand(program, ctx);
  registerRecordDeploymentCommand(program, ctx);
  registerRecordUndeploymentCommand(program, ctx);
  registerRecordReleaseCommand(program, ctx);
  registerRecordSupportEndedCommand(program, ctx);
  registerMockCommand(program, ctx);
  registerOpenApiCommand(program, ctx);
  registerTokenCommand(program, ctx);
  registerContractCommand(program, ctx);
  registerOfficialBrokerCommands(program, ctx, version);
  return program;
}

/** True for commander's "not an error" exits (help and version shown). */
export function isCleanCommanderExit(error: unknown): boolean {
  return (
    error instanceof CommanderError &&
    ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)
  );
}
