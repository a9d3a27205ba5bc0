import { Option, type Command } from 'commander';
import { describeVersion, versionLabels, versionsInEnvironment } from '../api/versions';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';

interface Flags extends BrokerConnectionOptions {
  pacticipant: string;
  version?: string;
  latest?: string | true;
  environment?: string;
  deployed?: boolean;
  released?: boolean;
  output: string;
}

async function describeEnvironmentVersions(ctx: CommandContext, flags: Flags & { environment: string }): Promise<void> {
  const both = !flags.deployed && !flags.released;
  const versions = await versionsInEnvironment({
    client: brokerClientFrom(flags),
    pacticipant: flags.pacticipant,
    environment: flags.environment,
    deployed: both || flags.deployed === true,
    released: both || flags.released === true,
  });
  render(ctx, flags.output, {
    json: { pacticipant: flags.pacticipant, environment: flags.environment, versions },
    table: () => ({
      // The official columns; it shows a released version as Unknown (it reads a field the broker does not send).
      header: ['VERSION', 'STATUS', 'ENVIRONMENT', 'APPLICATION INSTANCE'],
      rows: versions.map((v) => [
        v.version,
        v.kind === 'deployed' ? 'Deployed' : 'Released',
        flags.environment,
        v.applicationInstance ?? '-',
      ]),
    }),
  });
}

/** Register `treaty describe-version`. */
export function registerDescribeVersionCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('describe-version')
    .description(
      'show a pacticipant version (the latest when no version is given), ' +
        'or what is deployed/released to an environment',
    )
    .requiredOption('-a, --pacticipant <name>', 'the pacticipant')
    .option('-e, --version <version>', 'the version number')
    .addOption(new Option('-l, --latest [tag]', 'the latest version (with this tag)'))
    .option('--environment <name>', 'list the versions deployed or released to this environment')
    .option('--deployed', 'with --environment: only deployed versions')
    .option('--released', 'with --environment: only released versions')
    .addOption(formatOption('table'))
    .addHelpText(
      'after',
      examples(
        'treaty describe-version -a orders-api -e 2.0.0',
        'treaty describe-version -a orders-api --latest prod',
        'treaty describe-version -a orders-api --environment production --deployed',
      ),
    );
  addBrokerOptions(command).action(async (flags: Flags) => {
    if (flags.environment) return describeEnvironmentVersions(ctx, { ...flags, environment: flags.environment });
    const version = await describeVersion({ client: brokerClientFrom(flags), ...flags });
    const { tags } = versionLabels(version);
    render(ctx, flags.output, {
      json: version,
      // The official columns, so scripts that read them keep working (branches are in `-o json`).
      table: () => ({ header: ['NAME', 'TAGS'], rows: [[version.number, tags.join(', ')]] }),
    });
  });
}
