import type { Database } from '../../storage/database';
import { withInteractionIds } from '../../domain/interaction-ids';
import { notFound } from '../../errors';
import { requirePacticipant } from '../../routes/lookups';
import { findPactVersion } from '../../storage/repositories/pacts';
import { findVerification } from '../../storage/repositories/verifications';
import { labelsOfVersions } from '../../storage/repositories/version-labels';
import { verificationSummary } from './pact-view';

/** A mismatch as verifiers publish it (pact-reference's shape; older Treaty results add expected/actual). */
interface PublishedMismatch {
  attribute?: string;
  identifier?: string;
  description?: string;
}

interface PublishedResult {
  interactionId?: string;
  interactionDescription?: string;
  success?: boolean;
  mismatches?: PublishedMismatch[];
  exceptions?: Array<{ message?: string }>;
}

const TITLES: Record<string, string> = {
  method: 'Method',
  path: 'Path',
  query: 'Query',
  header: 'Headers',
  status: 'Status',
  body: 'Body',
  metadata: 'Metadata',
};

/**
 * The readable report of one interaction's published failures: its mismatches grouped by attribute, each with where
 * (identifier) and what (description), then the errors that stopped it. Published results carry no expected and
 * actual values, so there is no diff to show.
 */
function failureReport(description: string, mismatches: PublishedMismatch[], exceptions: string[]): string {
  const count = mismatches.length + exceptions.length;
  const lines = [`✕ ${count} ${count === 1 ? 'failure' : 'failures'} for "${description}"`];
  const attributes = [...new Set(mismatches.map((m) => m.attribute ?? 'body'))];
  for (const attribute of attributes) {
    const group = mismatches.filter((m) => (m.attribute ?? 'body') === attribute);
    lines.push('', `  ${TITLES[attribute] ?? attribute} (${group.length})`);
    for (const m of group) lines.push('', `    › ${m.identifier ?? attribute}`, `      ${m.description ?? ''}`);
  }
  if (exceptions.length) {
    lines.push('', `  Errors (${exceptions.length})`);
    for (const message of exceptions) lines.push('', `    › ${message}`);
  }
  return lines.join('\n');
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
    const mismatches = result.mismatches ?? [];
    const openapi = mismatches.filter((m) => m.attribute === 'openapi');
    const plain = mismatches.filter((m) => m.attribute !== 'openapi');
    const exceptions = (result.exceptions ?? []).map((e) => e.message ?? 'unknown error');
    return {
      description,
      success: result.success !== false && mismatches.length === 0 && exceptions.length === 0,
      openapi: openapi.map((m) => ({ location: m.identifier ?? '', message: m.description ?? '' })),
      report: plain.length || exceptions.length ? failureReport(description, plain, exceptions) : '',
    };
  });
}

/**
 * The verification page: each interaction's result with its published mismatches and errors as a readable report,
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
