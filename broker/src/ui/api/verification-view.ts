import { formatMismatches, type Mismatch, type MismatchType } from '@treaty/core';
import type { Database } from '../../storage/database';
import { withInteractionIds } from '../../domain/interaction-ids';
import { notFound } from '../../errors';
import { requirePacticipant } from '../../routes/lookups';
import { findPactVersion } from '../../storage/repositories/pacts';
import { findVerification } from '../../storage/repositories/verifications';
import { labelsOfVersions } from '../../storage/repositories/version-labels';
import { verificationSummary } from './pact-view';

interface PublishedMismatch {
  attribute?: string;
  identifier?: string;
  description?: string;
  expected?: unknown;
  actual?: unknown;
}

interface PublishedResult {
  interactionId?: string;
  interactionDescription?: string;
  success?: boolean;
  mismatches?: PublishedMismatch[];
}

function asMismatch(m: PublishedMismatch): Mismatch {
  return {
    type: (m.attribute ?? 'body') as MismatchType,
    path: m.identifier ?? '',
    expected: m.expected,
    actual: m.actual,
    message: m.description ?? '',
  };
}

function descriptions(pact: { interactions?: unknown[]; messages?: unknown[] }): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of [...(pact.interactions ?? []), ...(pact.messages ?? [])] as Array<{
    _id?: string;
    description?: string;
  }>) {
    if (item._id && item.description) out.set(item._id, item.description);
  }
  return out;
}

function interactionResults(raw: string | null, pact: { interactions?: unknown[]; messages?: unknown[] }) {
  const parsed = raw ? (JSON.parse(raw) as unknown) : [];
  const list = (Array.isArray(parsed) ? parsed : []) as PublishedResult[];
  const names = descriptions(pact);
  return list.map((result) => {
    const description =
      result.interactionDescription ??
      (result.interactionId ? names.get(result.interactionId) : undefined) ??
      result.interactionId ??
      'interaction';
    const mismatches = (result.mismatches ?? []).map(asMismatch);
    const openapi = mismatches.filter((m) => (m.type as string) === 'openapi');
    const plain = mismatches.filter((m) => (m.type as string) !== 'openapi');
    return {
      description,
      success: result.success !== false && mismatches.length === 0,
      mismatches: plain,
      openapi: openapi.map((m) => ({ location: m.path, message: m.message })),
      report: plain.length ? formatMismatches(plain, { interaction: description }) : '',
    };
  });
}

/**
 * The verification page: each interaction's result with its mismatches formatted as `formatMismatches` prints them,
 * the OpenAPI findings, the provider version with its branches and the build link.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND when the pact content or the verification does not exist.
 */
export async function verificationView(
  db: Database,
  params: { provider: string; consumer: string; sha: string; number: string },
) {
  const consumer = await requirePacticipant(db, params.consumer);
  const provider = await requirePacticipant(db, params.provider);
  const pact = await findPactVersion(db, consumer.id, provider.id, params.sha);
  const row = pact && (await findVerification(db, pact.id, Number(params.number)));
  if (!pact || !row)
    throw notFound(
      `verification ${params.number} of pact ${params.sha.slice(0, 12)} between ${params.consumer} ` +
        `and ${params.provider}`,
    );
  const labels = (await labelsOfVersions(db, [row.provider_version_id])).get(row.provider_version_id);
  // Verifiers report interactions by the `_id` the broker served them with.
  const content = withInteractionIds(JSON.parse(pact.content) as Record<string, unknown>) as {
    interactions?: unknown[];
    messages?: unknown[];
  };
  return {
    ...verificationSummary(row),
    consumer: consumer.name,
    provider: provider.name,
    sha: pact.sha,
    providerBranches: labels?.branches ?? [],
    providerTags: labels?.tags ?? [],
    verifiedBy: row.verified_by ? (JSON.parse(row.verified_by) as unknown) : null,
    interactions: interactionResults(row.test_results, content),
  };
}
