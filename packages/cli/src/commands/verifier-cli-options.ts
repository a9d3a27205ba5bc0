import { Option, type Command } from 'commander';
import { collect, OTEL_FLAGS } from './broker-options';
import { wholeNumber } from './numeric-flags';

/** pact_verifier_cli options that change nothing here, accepted so its command lines run unchanged. */
const ignored = [
  '-l, --loglevel <level>',
  '--log-level <level>',
  '--pretty-log',
  '--full-log',
  '--compact-log',
  '--no-colour',
  '--no-color',
  '--webhook-callback-url <url>',
  '--exit-on-first-error',
  '--last-failed',
  '--html <file>',
  '--xslt <file>',
  '--state-change-as-query',
  '--state-change-teardown',
  '--retries <n>',
  ...OTEL_FLAGS,
];

/** The filter flags and the environment variables pact_verifier_cli (and pact-js) read for them. */
const FILTER_ENV: Record<string, string> = {
  filterDescription: 'PACT_DESCRIPTION',
  filterState: 'PACT_PROVIDER_STATE',
  filterNoState: 'PACT_PROVIDER_NO_STATE',
};

/**
 * Add the standalone Rust verifier's flags (`pact_verifier_cli`) to `treaty verify`. Its `-u` (URL) and `-p` (port)
 * stay the broker username and password here, as in pact-broker; use `--url` and `--port`.
 */
export function addVerifierCliOptions(command: Command): Command {
  command
    .option('--url <url>', 'a pact URL (pact_verifier_cli; repeatable)', collect)
    .option('-f, --file <file>', 'a pact file (pact_verifier_cli; repeatable)', collect)
    .option('-d, --dir <dir>', 'a directory of pact files (pact_verifier_cli; repeatable)', collect)
    .option('--broker-url <url>', 'the same as --broker-base-url (pact_verifier_cli)')
    .option('--user <username>', 'the same as --broker-username (pact_verifier_cli)')
    .option('--password <password>', 'the same as --broker-password (pact_verifier_cli)')
    .option('-t, --token <token>', 'the same as --broker-token (pact_verifier_cli)')
    .option('-n, --provider-name <name>', 'the same as --provider (pact_verifier_cli)')
    .option('--hostname <host>', 'provider host, with --port instead of --provider-base-url (default localhost)')
    .option('--port <port>', 'provider port', wholeNumber(1))
    .option('--transport <scheme>', 'provider scheme with --hostname/--port: http (default) or https')
    .option('--base-path <path>', 'provider base path with --hostname/--port')
    .option('--transports <transports...>', 'other transports as protocol:port, e.g. grpc:5555 (for plugin protocols)')
    .option('--request-timeout <ms>', 'the same as --timeout (pact_verifier_cli)', wholeNumber(1))
    .option('-H, --header <header>', "the same as --custom-provider-header, 'Name: value' (repeatable)", collect)
    .addOption(
      new Option('--filter-description <regex>', 'only interactions whose description matches').env(
        FILTER_ENV.filterDescription,
      ),
    )
    .addOption(
      new Option('--filter-state <regex>', 'only interactions with a provider state that matches').env(
        FILTER_ENV.filterState,
      ),
    )
    .addOption(
      new Option('--filter-no-state', 'only interactions without provider states').env(FILTER_ENV.filterNoState),
    )
    .option('-c, --filter-consumer <name>', 'the same as --consumer (repeatable)', collect)
    .option('--publish', 'the same as --publish-verification-results')
    .option('--provider-version <version>', 'the same as --provider-app-version')
    .option('--provider-branch <branch>', 'the same as --provider-version-branch')
    .option('--provider-tags <tags>', 'the same as --provider-version-tags')
    .option('-j, --json <file>', 'also write a JSON report to this file')
    .option('-x, --junit <file>', 'also write a JUnit XML report to this file')
    .option('--ignore-no-pacts-error', 'exit 0 when there is nothing to verify')
    .option('--disable-ssl-verification', 'accept any TLS certificate from the provider');
  for (const flags of ignored) command.addOption(new Option(flags).hideHelp());
  return command;
}

/**
 * Run `fn` with the filter flags set as the environment variables the verifier reads (and restore them after),
 * as pact_verifier_cli treats `--filter-description` and `PACT_DESCRIPTION` as one setting.
 */
export async function withFilterEnv<T>(flags: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  const saved: Record<string, string | undefined> = {};
  for (const [flag, name] of Object.entries(FILTER_ENV)) {
    saved[name] = process.env[name];
    const value = flags[flag];
    if (value === undefined || value === false) delete process.env[name];
    else process.env[name] = value === true ? 'true' : String(value);
  }
  try {
    return await fn();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
