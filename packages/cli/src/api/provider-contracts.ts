import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { BrokerClient, HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';

/** Options of {@link publishProviderContract}: PactFlow's `publish-provider-contract` flags. */
export interface PublishProviderContractOptions {
  client: BrokerClient;
  cwd: string;
  contractFile: string;
  provider: string;
  providerAppVersion: string;
  branch?: string;
  tags?: string[];
  specification?: string;
  contentType?: string;
  /** Whether the provider's own check of the contract passed. */
  verificationSuccess: boolean;
  verificationResults?: string;
  verificationResultsContentType?: string;
  verificationResultsFormat?: string;
  verifier?: string;
  verifierVersion?: string;
  buildUrl?: string;
}

async function readText(cwd: string, file: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([file], { source: file });
    throw error;
  }
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function contentTypeOf(file: string): string {
  return extname(file).toLowerCase() === '.json' ? 'application/json' : 'application/yaml';
}

/**
 * Publish a provider contract (an OpenAPI document) with its self-verification result, as PactFlow's
 * `publish-provider-contract` does (`pf:publish-provider-contract`, falling back to the PactFlow path).
 * @throws TreatyError TREATY_CLI_FILE_NOT_FOUND for a missing file; broker errors (400 for a document that is not
 *   OpenAPI).
 */
export async function publishProviderContract(options: PublishProviderContractOptions): Promise<HalResource> {
  const { client, provider } = options;
  const content = await readText(options.cwd, options.contractFile);
  const results = options.verificationResults ? await readText(options.cwd, options.verificationResults) : undefined;
  const body = {
    pacticipantVersionNumber: options.providerAppVersion,
    ...(options.branch ? { branch: options.branch } : {}),
    tags: options.tags ?? [],
    ...(options.buildUrl ? { buildUrl: options.buildUrl } : {}),
    contract: {
      content: base64(content),
      contentType: options.contentType ?? contentTypeOf(options.contractFile),
      specification: options.specification ?? 'oas',
      selfVerificationResults: {
        success: options.verificationSuccess,
        ...(results !== undefined
          ? { content: base64(results), contentType: options.verificationResultsContentType ?? 'text/plain' }
          : {}),
        ...(options.verificationResultsFormat ? { format: options.verificationResultsFormat } : {}),
        ...(options.verifier ? { verifier: options.verifier } : {}),
        ...(options.verifierVersion ? { verifierVersion: options.verifierVersion } : {}),
      },
    },
  };
  const href = await client.link(
    'pf:publish-provider-contract',
    { provider },
    '/provider-contracts/provider/{provider}/publish',
  );
  return client.post(href, body, `publish the provider contract of ${provider} ${options.providerAppVersion}`);
}
