import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PactSource } from '../pact-sources';
import type { InteractionResult, PactResult, VerifierOptions } from '../types';
import type { BrokerClient } from '@treaty/broker-client';
import type { Mismatch } from '@treaty/core';

function ownVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

/** One mismatch as pact-reference publishes it: no expected/actual, an identifier only where there is one. */
interface PublishedMismatch {
  attribute: string;
  identifier?: string;
  description: string;
}

// pact-reference names the query parameter, header, metadata key or body JSON path; method, path and status have
// nothing to name.
const IDENTIFIED = new Set<Mismatch['type']>(['query', 'header', 'body', 'metadata']);

function publishedMismatch(m: Mismatch): PublishedMismatch {
  if (m.type === 'bodyType') return { attribute: 'body', identifier: '$', description: m.message };
  return { attribute: m.type, ...(IDENTIFIED.has(m.type) ? { identifier: m.path } : {}), description: m.message };
}

function mismatchesOf(result: InteractionResult): PublishedMismatch[] {
  const mismatches = result.mismatches.map(publishedMismatch);
  for (const issue of result.openapi.filter((i) => i.severity === 'error'))
    mismatches.push({
      attribute: 'openapi',
      ...(issue.specLocation ? { identifier: issue.specLocation } : {}),
      description: issue.message,
    });
  return mismatches;
}

// An interaction without a broker `_id` (only pacts from files have none) is left out of a successful run's list, as
// pact-reference does; in a failed run its entry has no interactionId rather than pact-reference's empty one.
function idOf(result: InteractionResult): { interactionId?: string } {
  return result.interactionId ? { interactionId: result.interactionId } : {};
}

/** A failed run's entry for one interaction, passed or not. */
function failedRunEntry(result: InteractionResult): Record<string, unknown> {
  const mismatches = mismatchesOf(result);
  return {
    ...idOf(result),
    success: result.success,
    ...(mismatches.length ? { mismatches } : {}),
    ...(result.error ? { exceptions: [{ message: result.error }] } : {}),
    interactionDescription: result.description,
  };
}

function testResults(result: PactResult): Array<Record<string, unknown>> {
  if (!result.success) return result.interactions.map(failedRunEntry);
  return result.interactions.filter((i) => i.interactionId).map((i) => ({ ...idOf(i), success: true }));
}

/**
 * The body POSTed to `pb:publish-verification-results`, in pact-reference's shape: a successful run lists
 * `{ interactionId, success }`; a failed run lists every interaction with its description, its mismatches
 * (`attribute`, `identifier` where there is one, `description`; OpenAPI findings as attribute `openapi`) and the
 * errors that stopped it as `exceptions`.
 */
export function verificationResultBody(options: VerifierOptions, result: PactResult): Record<string, unknown> {
  return {
    success: result.success,
    providerApplicationVersion: options.providerVersion,
    verifiedBy: { implementation: 'Treaty', version: ownVersion() },
    ...(options.buildUrl ? { buildUrl: options.buildUrl } : {}),
    testResults: testResults(result),
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
