import { cliErrors } from '../errors';

/** The flags `treaty verify` takes from the standalone Rust verifier (`pact_verifier_cli`). */
export interface VerifierCliFlags {
  url?: string[];
  file?: string[];
  dir?: string[];
  brokerUrl?: string;
  user?: string;
  password?: string;
  token?: string;
  hostname?: string;
  port?: number;
  transport?: string;
  basePath?: string;
  transports?: string[];
  providerName?: string;
  requestTimeout?: number;
  header?: string[];
  filterConsumer?: string[];
  publish?: boolean;
  providerVersion?: string;
  providerTags?: string;
  providerBranch?: string;
  json?: string;
  junit?: string;
  ignoreNoPactsError?: boolean;
  disableSslVerification?: boolean;
}

/** One provider transport for `transports` (`grpc:5555`, `http:8080/api`). */
export interface ProviderTransport {
  protocol: string;
  port: number;
  path?: string;
}

/**
 * Parse `--transports` values as pact_verifier_cli does: `protocol:port[/path]`, several per value separated by spaces
 * or commas.
 * @throws TreatyError TREATY_CLI_USAGE for a value that is not `protocol:port`.
 */
export function parseTransports(values: readonly string[] | undefined): ProviderTransport[] | undefined {
  if (!values?.length) return undefined;
  return values
    .flatMap((value) => value.split(/[\s,]+/).filter(Boolean))
    .map((entry) => {
      const match = /^([a-z][a-z0-9+.-]*):(\d{1,5})(\/.*)?$/i.exec(entry);
      if (!match || Number(match[2]) > 65535)
        throw cliErrors.TREATY_CLI_USAGE([
          `--transports '${entry}' is not protocol:port, e.g. grpc:5555 or http:8080/api`,
        ]);
      return { protocol: match[1].toLowerCase(), port: Number(match[2]), ...(match[3] ? { path: match[3] } : {}) };
    });
}

/** The provider URL from `--hostname`, `--port`, `--transport` and `--base-path`, or undefined when none is given. */
export function providerUrlFromParts(
  flags: Pick<VerifierCliFlags, 'hostname' | 'port' | 'transport' | 'basePath'>,
): string | undefined {
  if (flags.hostname === undefined && flags.port === undefined && flags.basePath === undefined) return undefined;
  const scheme = (flags.transport ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    throw cliErrors.TREATY_CLI_USAGE([
      `--transport ${flags.transport} is not http or https (use --transports for other protocols)`,
    ]);
  const path = flags.basePath ? `/${flags.basePath.replace(/^\/+/, '')}` : '';
  return `${scheme}://${flags.hostname ?? 'localhost'}${flags.port === undefined ? '' : `:${flags.port}`}${path}`;
}
