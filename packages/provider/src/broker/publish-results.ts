import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PactSource } from '../pact-sources';
import type { InteractionResult, PactResult, VerifierOptions } from '../types';
import type { BrokerClient } from '@treaty/broker-client';

function ownVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

/** The per-interaction results, in the shape the official verifiers publish. */
function testResult(result: InteractionResult): Record<string, unknown> {
  const mismatches: Array<Record<string, unknown>> = result.mismatches.map((m) => ({
    attribute: m.type,
    identifier: m.path,
    description: m.message,
    expected: m.expected,
    actual: m.actual,
  }));
  for (const issue of result.openapi.filter((i) => i.severity === 'error'))
    mismatches.push({ attribute: 'openapi', identifier: issue.specLocation, description: issue.message });
  if (result.error) mismatches.push({ attribute: 'error', description: result.error });
  return {
    ...(result.interactionId ? { interactionId: result.interactionId } : {}),
    ...(result.key ? { interactionKey: result.key } : {}),
    success: result.success,
    ...(mismatches.length ? { mismatches } : {}),
  };
}

/** The body POSTed to `pb:publish-verification-results`. */
export function verificationResultBody(options: VerifierOptions, result: PactResult): Record<string, unknown> {
  return {
    success: result.success,
    providerApplicationVersion: options.providerVersion,
    verifiedBy: { implementation: 'Treaty', version: ownVersion() },
    testResults: result.interactions.map(testResult),
    ...(options.buildUrl ? { buildUrl: options.buildUrl } : {}),
  };
}

/**
 * Record the provider version's branch and tags, as the official verifier does before publishing.
 * @throws TreatyError a TREATY_BROKER_CLIENT_* error
 */
export async function recordProviderVersion(
  client: BrokerClient,
  options: VerifierOptions & { provider: string; providerVersion: string },
): Promise<void> {
  const values = { pacticipant: options.provider, version: options.providerVersion };
  const branch = options.providerVersionBranch ?? options.providerBranch;
  if (branch) {
    const href = await client.link(
      'pb:pacticipant-branch-version',
      { ...values, branch },
      '/pacticipants/{pacticipant}/branches/{branch}/versions/{version}',
    );
    await client.put(href, {}, `record branch ${branch} of ${options.provider} ${options.providerVersion}`);
  }
  for (const tag of options.providerVersionTags ?? []) {
    const href = await client.link(
      'pb:pacticipant-version-tag',
      { ...values, tag },
      '/pacticipants/{pacticipant}/versions/{version}/tags/{tag}',
    );
    await client.put(href, {}, `tag ${options.provider} ${options.providerVersion} with ${tag}`);
  }
}

/** Publish one pact's result to its `pb:publish-verification-results` link; never throws (the outcome is returned). */
export async function publishPactResult(
  client: BrokerClient,
  options: VerifierOptions,
  source: PactSource,
  result: PactResult,
): Promise<PactResult['published']> {
  if (!source.publishUrl)
    return {
      ok: false,
      url: source.source,
      error: 'the pact has no pb:publish-verification-results link (only pacts from a broker can be published)',
    };
  try {
    await client.post(source.publishUrl, verificationResultBody(options, result), 'publish verification results');
    return { ok: true, url: source.publishUrl };
  } catch (error) {
    return { ok: false, url: source.publishUrl, error: (error as Error).message };
  }
}
