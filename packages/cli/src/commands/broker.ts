import { Option, type Command } from 'commander';
import type { StartBrokerOptions } from '@treaty/broker';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { waitForSignal } from '../wait-for-signal';
import { collect } from './broker-options';

interface BrokerFlags {
  port: string;
  host: string;
  database: string;
  databaseUrl?: string;
  writeToken?: string[];
  readToken?: string[];
  basicAuth?: string;
  readOnlyBasicAuth?: string;
  publicRead?: boolean;
  allowContractOverwrite?: boolean;
  baseUrl?: string;
  log?: boolean;
}

const examples = `
Examples:
  $ treaty broker                                  # SQLite file ./treaty-broker.db on http://127.0.0.1:9292
  $ treaty broker --port 0 --database /tmp/b.db    # any free port; the URL is printed
  $ treaty broker --host 0.0.0.0 --database-url postgres://postgres@db:5432/broker --write-token "$TOKEN" --public-read`;

function credentials(value: string | undefined, flag: string) {
  if (value === undefined) return undefined;
  const at = value.indexOf(':');
  if (at <= 0) throw cliErrors.TREATY_CLI_USAGE([`${flag} must be username:password`]);
  return { username: value.slice(0, at), password: value.slice(at + 1) };
}

/** Turn the flags into `startBroker` options. @throws TreatyError TREATY_CLI_USAGE for a bad port or credentials. */
export function brokerOptionsFromFlags(flags: BrokerFlags): StartBrokerOptions {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw cliErrors.TREATY_CLI_USAGE([`--port ${flags.port} is not a port number`]);
  const basic = credentials(flags.basicAuth, '--basic-auth');
  const readOnlyBasic = credentials(flags.readOnlyBasicAuth, '--read-only-basic-auth');
  const hasAuth = Boolean(flags.writeToken?.length || flags.readToken?.length || basic || readOnlyBasic);
  return {
    port, host: flags.host, database: flags.database, databaseUrl: flags.databaseUrl,
    publicRead: flags.publicRead, allowContractOverwrite: flags.allowContractOverwrite, baseUrl: flags.baseUrl,
    logger: flags.log ? true : false,
    auth: hasAuth ? { writeTokens: flags.writeToken, readTokens: flags.readToken, basic, readOnlyBasic } : undefined,
  };
}

/** Register `treaty broker`. */
export function registerBrokerCommand(program: Command, ctx: CommandContext): void {
  program
    .command('broker')
    .description('run the Pact Broker compatible broker (SQLite file by default, PostgreSQL with --database-url)')
    .addOption(new Option('--port <port>', 'port to listen on, 0 for any free one').default('9292').env('PORT'))
    .option('--host <host>', 'host to bind', '127.0.0.1')
    .addOption(new Option('--database <file>', 'SQLite file').default('./treaty-broker.db').env('TREATY_BROKER_DATABASE'))
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL (instead of SQLite)').env('DATABASE_URL'))
    .addOption(new Option('--write-token <token>', 'bearer token that may read and write (repeatable)').argParser(collect))
    .addOption(new Option('--read-token <token>', 'bearer token that may only read (repeatable)').argParser(collect))
    .option('--basic-auth <username:password>', 'Basic auth credentials that may read and write')
    .option('--read-only-basic-auth <username:password>', 'Basic auth credentials that may only read')
    .option('--public-read', 'allow reads without credentials when auth is configured')
    .option('--allow-contract-overwrite', 'let a consumer version\'s pact be replaced with different content')
    .option('--base-url <url>', 'the public URL links are built from')
    .option('--log', 'write JSON request logs to stdout')
    .addHelpText('after', examples)
    .action(async (flags: BrokerFlags) => {
      const options = brokerOptionsFromFlags(flags);
      const { startBroker } = await import('@treaty/broker');
      const broker = await startBroker(options);
      const store = options.databaseUrl ? 'PostgreSQL' : `SQLite ${options.database}`;
      ctx.out(`Treaty broker listening on ${broker.url} (${store}). Stop it with Ctrl-C.`);
      await waitForSignal();
      await broker.close();
    });
}
