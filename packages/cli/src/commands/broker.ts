import type { Command } from 'commander';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { waitForSignal } from '../wait-for-signal';

const options =
  `
Options (the same as treaty-broker; each also read from the environment variable shown):
  --port <n>                          port (PORT; default 9292; 0 picks a free one and prints the URL)
  --host <host>                       host to bind (HOST; default 127.0.0.1; 0.0.0.0 in a container)
  --database <file>                   SQLite file (TREATY_BROKER_DATABASE; default ./treaty-broker.db)
  --database-url <url>                PostgreSQL instead of SQLite (TREATY_BROKER_DATABASE_URL)
  --token <t>                         bearer token that may write, repeatable (TREATY_BROKER_TOKEN, comma separated)
  --read-token <t>                    bearer token that may only read, repeatable (TREATY_BROKER_READ_TOKEN)
  --basic-auth <user:pass>            Basic auth that may write (TREATY_BROKER_BASIC_AUTH)
  --read-only-basic-auth <user:pass>  Basic auth that may only read (TREATY_BROKER_READ_ONLY_BASIC_AUTH)
  --public-read                       reads need no credentials (TREATY_BROKER_PUBLIC_READ=true)
  --base-url <url>                    public URL links are built from (TREATY_BROKER_BASE_URL)
  --webhook-scheme <s>                allowed webhook scheme, repeatable (default https)
  --webhook-host <h>                  allowed webhook host, repeatable (default any)
  --webhook-poll-ms <n>               webhook queue poll interval (default 1000)
  --webhook-allow-private             webhooks may call loopback/private addresses ` +
  `(TREATY_BROKER_WEBHOOK_ALLOW_PRIVATE=true)
  --admin-token <t>                   bootstrap admin token (TREATY_BROKER_ADMIN_TOKEN); more in ` +
  `\`treaty-broker --help\`
  --log                               JSON logs on stdout with a request id on every line
  Tokens and passwords given as flags show in \`ps\`: prefer the environment variables.

Examples:
  $ treaty broker                                  # SQLite file ./treaty-broker.db on http://127.0.0.1:9292
  $ treaty broker --port 0 --database /tmp/b.db    # any free port; the URL is printed
  $ treaty broker --host 0.0.0.0 --database-url postgres://postgres@db:5432/broker --token "$TOKEN" --public-read`;

type BrokerModule = typeof import('@treaty/broker');

/**
 * Load @treaty/broker, an optional peer dependency: CI jobs that only talk to a broker install the CLI without it
 * (and without its native SQLite driver).
 * @throws TreatyError TREATY_CLI_BROKER_NOT_INSTALLED when it is not installed.
 */
export async function loadBroker(
  load: () => Promise<BrokerModule> = () => import('@treaty/broker'),
): Promise<BrokerModule> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const missing =
      (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') &&
      /@treaty[\\/]broker(?![\w-])/.test(String((error as Error).message));
    if (missing) throw cliErrors.TREATY_CLI_BROKER_NOT_INSTALLED([], {}, error);
    throw error;
  }
}

/** Register `treaty broker`: the options are read by @treaty/broker's own parser, so they match `treaty-broker`. */
export function registerBrokerCommand(program: Command, ctx: CommandContext): void {
  program
    .command('broker')
    .description('run the Pact Broker compatible broker (SQLite file by default, PostgreSQL with --database-url)')
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText('after', options)
    .action(async (_flags: unknown, command: Command) => {
      const { readBinOptions, startBroker } = await loadBroker();
      const read = readBinOptions(command.args, ctx.env);
      if (read.help) return;
      for (const warning of read.warnings) ctx.err(warning);
      const broker = await startBroker(read.options);
      const store = read.options.databaseUrl ? 'PostgreSQL' : `SQLite ${read.options.database}`;
      ctx.out(`Treaty broker listening on ${broker.url} (${store}). Stop it with Ctrl-C.`);
      await waitForSignal();
      await broker.close();
    });
}
