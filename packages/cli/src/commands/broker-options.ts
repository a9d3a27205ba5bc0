import { Option, type Command } from 'commander';
import { BrokerClient } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import { wholeNumber } from './numeric-flags';

/** The broker connection options every broker command takes (the official CLI's names, short flags and env vars). */
export interface BrokerConnectionOptions {
  brokerBaseUrl?: string;
  brokerUsername?: string;
  brokerPassword?: string;
  brokerToken?: string;
  customHeader?: string[];
  retries?: number;
}

/** Collect a repeatable option's values. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The official Rust CLIs' OpenTelemetry flags: accepted everywhere, nothing is exported. */
export const OTEL_FLAGS = [
  '--enable-otel',
  '--enable-otel-logs',
  '--enable-otel-traces',
  '--otel-exporter <exporter>',
  '--otel-exporter-endpoint <url>',
  '--otel-exporter-protocol <protocol>',
];

/** Options of the official CLI that change nothing here, accepted so scripts written for it run unchanged. */
function addAcceptedOfficialOptions(command: Command): void {
  const ignored = [
    '--log-level <level>',
    ...OTEL_FLAGS,
    '-c, --ssl-certificate <file>',
    '--skip-ssl-verification',
    '--ssl-trust-store <bool>',
    '-v, --verbose',
  ];
  for (const flags of ignored) command.addOption(new Option(flags).hideHelp());
}

/** Add `-b/-u/-p/-k`, `--custom-header` and `--retries` to a command. */
export function addBrokerOptions(command: Command): Command {
  command
    .addOption(new Option('-b, --broker-base-url <url>', 'the base URL of the Pact Broker').env('PACT_BROKER_BASE_URL'))
    .addOption(new Option('-u, --broker-username <username>', 'Basic auth username').env('PACT_BROKER_USERNAME'))
    .addOption(new Option('-p, --broker-password <password>', 'Basic auth password').env('PACT_BROKER_PASSWORD'))
    .addOption(new Option('-k, --broker-token <token>', 'bearer token').env('PACT_BROKER_TOKEN'))
    .addOption(new Option('--custom-header <header>', "extra header, 'Name: value' (repeatable)").argParser(collect))
    .addOption(
      new Option('--retries <count>', 'retries of an idempotent request answered 5xx, 408 or 429')
        .env('PACT_BROKER_HTTP_RETRIES')
        .argParser(wholeNumber()),
    );
  addAcceptedOfficialOptions(command);
  return command;
}

function parseHeaders(values: string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf(':');
    if (at <= 0) throw cliErrors.TREATY_CLI_USAGE([`--custom-header '${value}' is not 'Name: value'`]);
    headers[value.slice(0, at).trim().toLowerCase()] = value.slice(at + 1).trim();
  }
  return headers;
}

/**
 * Build a broker client from the parsed options.
 * @throws TreatyError TREATY_CLI_BROKER_URL_MISSING when no URL is given.
 */
export function brokerClientFrom(options: BrokerConnectionOptions): BrokerClient {
  if (!options.brokerBaseUrl) throw cliErrors.TREATY_CLI_BROKER_URL_MISSING([]);
  return new BrokerClient({
    baseUrl: options.brokerBaseUrl,
    token: options.brokerToken,
    username: options.brokerUsername,
    password: options.brokerPassword,
    headers: parseHeaders(options.customHeader),
    retries: options.retries,
  });
}

/** The `-o, --output` option with the given choices. */
export function outputOption(choices: string[], fallback: string): Option {
  return new Option('-o, --output <format>', 'output format').choices(choices).default(fallback);
}
