import type { ConsumerVersionSelector, ReporterSpec, VerifierOptions } from '@treaty/provider';
import { cliErrors } from '../errors';
import { httpMessageProviders } from './http-message-providers';
import { parseTransports, providerUrlFromParts, type VerifierCliFlags } from './verifier-cli-flags';

/** The flags of `treaty verify`, as commander parses them (its own and pact_verifier_cli's). */
export interface VerifyFlags extends VerifierCliFlags {
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
  asyncapi?: string;
  stateChangeUrl?: string;
  messagesUrl?: string;
  customProviderHeader?: string[];
  timeout?: number;
  failIfNoPactsFound?: boolean;
  format: 'console' | 'json' | 'junit';
  output?: string;
}

function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

/**
 * Parse `--consumer-version-selectors` values: each a JSON object or array of objects. @throws TreatyError
 * TREATY_CLI_INVALID_JSON
 */
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
      throw cliErrors.TREATY_CLI_INVALID_JSON([
        `--consumer-version-selectors '${text}'`,
        'each selector must be an object such as {"mainBranch":true}',
      ]);
    }
    return array as ConsumerVersionSelector[];
  });
}

function reporters(flags: VerifyFlags): ReporterSpec[] {
  const files: ReporterSpec[] = [
    ...(flags.json ? [{ type: 'json' as const, outputFile: flags.json }] : []),
    ...(flags.junit ? [{ type: 'junit' as const, outputFile: flags.junit }] : []),
  ];
  if (flags.format === 'console')
    return flags.output ? ['console', { type: 'json', outputFile: flags.output }, ...files] : ['console', ...files];
  return flags.output
    ? ['console', { type: flags.format, outputFile: flags.output }, ...files]
    : [flags.format, ...files];
}

function pactLocations(flags: VerifyFlags, pactPaths: readonly string[]): string[] {
  return [...pactPaths, ...(flags.pactUrl ?? []), ...(flags.url ?? []), ...(flags.file ?? []), ...(flags.dir ?? [])];
}

const orList = (...lists: Array<string[] | undefined>) => {
  const all = lists.flatMap((list) => list ?? []);
  return all.length > 0 ? all : undefined;
};

/**
 * Turn `treaty verify` flags (ours, and pact_verifier_cli's spellings) into `verifyProvider` options.
 * @throws TreatyError TREATY_CLI_INVALID_JSON for bad selectors, TREATY_CLI_USAGE for bad transports.
 */
export function verifierOptionsFromFlags(flags: VerifyFlags, pactPaths: readonly string[]): VerifierOptions {
  const timeout = flags.requestTimeout ?? flags.timeout;
  const pactUrls = pactLocations(flags, pactPaths);
  const transports = parseTransports(flags.transports);
  return {
    provider: flags.provider ?? flags.providerName,
    providerBaseUrl: flags.providerBaseUrl ?? providerUrlFromParts(flags),
    pactUrls: pactUrls.length > 0 ? pactUrls : undefined,
    // Pact files or URLs win over the broker, as in pact-js.
    pactBrokerUrl: pactUrls.length > 0 ? undefined : (flags.brokerBaseUrl ?? flags.brokerUrl),
    pactBrokerToken: flags.brokerToken ?? flags.token,
    pactBrokerUsername: flags.brokerUsername ?? flags.user,
    pactBrokerPassword: flags.brokerPassword ?? flags.password,
    consumerVersionSelectors: parseSelectors(flags.consumerVersionSelectors),
    consumerVersionTags: list(flags.consumerVersionTags),
    consumerFilters: orList(flags.consumer, flags.filterConsumer),
    enablePending: flags.enablePending,
    includeWipPactsSince: flags.includeWipPactsSince,
    providerVersion: flags.providerAppVersion ?? flags.providerVersion,
    providerVersionBranch: flags.providerVersionBranch ?? flags.providerBranch,
    providerVersionTags: list(flags.providerVersionTags ?? flags.providerTags),
    publishVerificationResult: flags.publishVerificationResults ?? flags.publish,
    buildUrl: flags.buildUrl,
    openapi: flags.openapi,
    asyncapi: flags.asyncapi,
    providerStatesSetupUrl: flags.stateChangeUrl,
    messageProviders: flags.messagesUrl ? httpMessageProviders(flags.messagesUrl, timeout ?? 30_000) : undefined,
    customProviderHeaders: orList(flags.customProviderHeader, flags.header),
    timeout,
    failIfNoPactsFound: flags.ignoreNoPactsError ? false : flags.failIfNoPactsFound,
    disableSslVerification: flags.disableSslVerification,
    reporters: reporters(flags),
    // For gRPC and other plugin transports; @treaty/provider reads them where it supports them.
    ...(transports ? { transports } : {}),
  };
}
