import type { VerifierOptions } from '@treaty/provider';
import { cliErrors } from '../errors';

/**
 * Parse `--transports` values as the Rust verifier takes them: `protocol:port` or `protocol:port/path`, several per
 * flag separated by spaces or commas (`grpc:5555`, `http:8080 grpc:5555`).
 * @example parseTransports(['grpc:5555']) // [{ protocol: 'grpc', port: 5555 }]
 * @throws TreatyError TREATY_CLI_USAGE for a value that is not protocol:port
 */
export function parseTransports(values: readonly string[] | undefined): VerifierOptions['transports'] {
  if (!values || values.length === 0) return undefined;
  return values
    .flatMap((value) => value.split(/[\s,]+/).filter(Boolean))
    .map((item) => {
      const match = /^([a-z][a-z0-9+.-]*):(\d{1,5})(\/.*)?$/i.exec(item);
      const port = Number(match?.[2]);
      if (!match || port < 1 || port > 65535) {
        throw cliErrors.TREATY_CLI_USAGE([`--transports ${item} is not protocol:port (for example grpc:5555)`]);
      }
      return { protocol: match[1].toLowerCase(), port, ...(match[3] ? { path: match[3] } : {}) };
    });
}
