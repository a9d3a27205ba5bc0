import type { WritableSpecVersion } from '@treaty/core';
import { consumerErrors } from '../errors';
import { SpecificationVersion } from '../matchers/matcher-types';
import type { PactTarget } from '../pact-file/pact-registry';

/** Options of `new Pact()` / `new PactV4()` / `new PactV3()` (pact-js's names). */
export interface PactV4Options {
  consumer: string;
  provider: string;
  /** Directory of the pact file. Default `./pacts`. */
  dir?: string;
  /** Mock server port. Default: a free one. */
  port?: number;
  /** Mock server host. Default 127.0.0.1. */
  host?: string;
  /** Pact specification to write. Default V4 (V3 for PactV3). */
  spec?: SpecificationVersion;
  /** Accepted for compatibility; Treaty logs nothing. */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  /** Answer CORS preflight requests. Default true. */
  cors?: boolean;
  /** Not supported: Treaty's mock server speaks plain HTTP. */
  tls?: boolean;
  /**
   * Fail a test that defines an interaction (same description and provider states) differently from
   * another test. Default false: the last definition wins, with a warning (pact-js's behaviour).
   * `TREATY_STRICT_INTERACTIONS=true` turns it on too.
   */
  strictInteractions?: boolean;
}

/** pact-js's name for the V3 options (the same fields). */
export type PactV3Options = PactV4Options;

const SPECS: Record<number, WritableSpecVersion> = {
  [SpecificationVersion.SPECIFICATION_VERSION_V2]: 'V2',
  [SpecificationVersion.SPECIFICATION_VERSION_V3]: 'V3',
  [SpecificationVersion.SPECIFICATION_VERSION_V4]: 'V4',
};

/**
 * The spec version a `spec` option stands for.
 * @example specVersionOf(SpecificationVersion.SPECIFICATION_VERSION_V3, 'V4') // 'V3'
 * @throws TREATY_CONSUMER_INVALID_OPTION for an unknown number.
 */
export function specVersionOf(spec: number | undefined, fallback: WritableSpecVersion): WritableSpecVersion {
  if (spec === undefined) return fallback;
  const version = SPECS[spec];
  if (!version)
    throw consumerErrors.TREATY_CONSUMER_INVALID_OPTION([
      'spec',
      `${spec} is not a specification version`,
      'SpecificationVersion.SPECIFICATION_VERSION_V2, _V3, _V4',
    ]);
  return version;
}

/**
 * Check the common options and build the pact file target.
 * @example targetOf({ consumer: 'web', provider: 'api' }, 'V4')
 * @throws TREATY_CONSUMER_INVALID_OPTION when consumer or provider is missing or TLS is asked for.
 */
export function targetOf(opts: PactV4Options, fallback: WritableSpecVersion): PactTarget {
  for (const key of ['consumer', 'provider'] as const) {
    if (typeof opts?.[key] !== 'string' || opts[key] === '') {
      throw consumerErrors.TREATY_CONSUMER_INVALID_OPTION([key, 'it is required', 'a non-empty string']);
    }
  }
  if (opts.tls)
    throw consumerErrors.TREATY_CONSUMER_INVALID_OPTION(['tls', 'TLS mock servers are not supported', 'false']);
  const { consumer, provider, dir, strictInteractions: strict } = opts;
  return { consumer, provider, dir, specVersion: specVersionOf(opts.spec, fallback), strict };
}
