import type { ConsumerVersionSelector, ReporterSpec, VerifierOptions } from '@treaty/provider';
import { cliErrors } from '../errors';
import { httpMessageProviders } from './http-message-providers';
import { parseTransports } from './transports';

/** The flags of `treaty verify`, as commander parses them. */
export interface VerifyFlags {
  provider?: string;
  providerBaseUrl?: string;
  pactUrl?: string[];
  brokerBaseUrl?: string;
  brokerToken?: string;
  brokerUsername?: string;
  brokerPassword?: string;
  consumerVersionSelectors?: string[];
  consumerVersionTags?: string;
  consumer?: string[];
  enablePending?: boolean;
  includeWipPactsSince?: string;
  providerAppVersion?: string;
  providerVersionBranch?: string;
  providerVersionTags?: string;
  publishVerificationResults?: boolean;
  buildUrl?: string;
  openapi?: string;
  stateChangeUrl?: string;
  messagesUrl?: string;
  customProviderHeader?: string[];
  timeout?: string;
  failIfNoPactsFound?: boolean;
  format: 'console' | 'json' | 'junit';
  output?: string;
  transports?: string[];
}

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

/** Parse `--consumer-version-selectors` values: each a JSON object or array of objects. @throws TreatyError TREATY_CLI_INVALID_JSON */
export function parseSelectors(values: readonly string[] | undefined): ConsumerVersionSelector[] | undefined {
  if (!values || values.length === 0) return undefined;
  return values.flatMap((text) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw cliErrors.TREATY_CLI_INVALID_JSON([`--consumer-version-selectors '${text}'`, (error as Error).message]);
    }
    const array = Array.isArray(parsed) ? parsed : [parsed];
    if (array.some((s) => s === null || typeof s !== 'object' || Array.isArray(s))) {
      throw cliErrors.TREATY_CLI_INVALID_JSON([`--consumer-version-selectors '${text}'`, 'each selector must be an object such as {"mainBranch":true}']);
    }
    return array as ConsumerVersionSelector[];
  });
}

function reporters(flags: VerifyFlags): ReporterSpec[] {
  if (flags.format === 'console') return flags.output ? ['console', { type: 'json', outputFile: flags.output }] : ['console'];
  return flags.output ? ['console', { type: flags.format, outputFile: flags.output }] : [flags.format];
}

/** Turn `treaty verify` flags into `verifyProvider` options. @throws TreatyError for bad JSON or a bad timeout. */
export function verifierOptionsFromFlags(flags: VerifyFlags, pactPaths: readonly string[]): VerifierOptions {
  const timeout = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw cliErrors.TREATY_CLI_USAGE([`--timeout ${flags.timeout} is not a number of milliseconds`]);
  const pactUrls = [...pactPaths, ...(flags.pactUrl ?? [])];
  return {
    provider: flags.provider,
    providerBaseUrl: flags.providerBaseUrl,
    pactUrls: pactUrls.length > 0 ? pactUrls : undefined,
    // Pact files or URLs win over the broker, as in pact-js.
    pactBrokerUrl: pactUrls.length > 0 ? undefined : flags.brokerBaseUrl,
    pactBrokerToken: flags.brokerToken,
    pactBrokerUsername: flags.brokerUsername,
    pactBrokerPassword: flags.brokerPassword,
    consumerVersionSelectors: parseSelectors(flags.consumerVersionSelectors),
    consumerVersionTags: list(flags.consumerVersionTags),
    consumerFilters: flags.consumer,
    enablePending: flags.enablePending,
    includeWipPactsSince: flags.includeWipPactsSince,
    providerVersion: flags.providerAppVersion,
    providerVersionBranch: flags.providerVersionBranch,
    providerVersionTags: list(flags.providerVersionTags),
    publishVerificationResult: flags.publishVerificationResults,
    buildUrl: flags.buildUrl,
    openapi: flags.openapi,
    providerStatesSetupUrl: flags.stateChangeUrl,
    messageProviders: flags.messagesUrl ? httpMessageProviders(flags.messagesUrl, timeout ?? 30_000) : undefined,
    customProviderHeaders: flags.customProviderHeader,
    timeout,
    failIfNoPactsFound: flags.failIfNoPactsFound,
    reporters: reporters(flags),
    transports: parseTransports(flags.transports),
  };
}
