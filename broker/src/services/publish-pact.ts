import { brokerErrors } from '../errors';
import { jsonDiff } from '../domain/json-diff';
import { mergePacts } from '../domain/merge-pacts';
import { readPact, type PublishedPact } from '../domain/read-pact';
import type { Database } from '../storage/database';
import { addBranchVersion } from '../storage/repositories/branches';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import { ensurePactVersion, findPactVersionById, findPublication, upsertPublication } from '../storage/repositories/pacts';
import type { PublicationRow } from '../storage/repositories/rows';
import { addTag } from '../storage/repositories/tags';
import { ensureVersion } from '../storage/repositories/versions';
import { enqueuePactPublishedEvents } from '../webhooks/enqueue-webhook-events';

/** One pact to publish for a consumer version. */
export interface PublishPactInput {
  pact: PublishedPact;
  consumerVersion: string;
  branch?: string;
  tags?: readonly string[];
  buildUrl?: string;
  allowOverwrite: boolean;
  /** Merge the interactions into the version's existing pact instead of replacing it. */
  merge?: boolean;
}

/** What publishing did. */
export interface PublishPactResult {
  outcome: 'created' | 'unchanged' | 'replaced';
  versionCreated: boolean;
  publication: PublicationRow;
}

/**
 * Store a pact for a consumer version: content once per SHA, linked to the version.
 * @throws TreatyError TREATY_BROKER_CONFLICT (with a `diff`) when the version already has different content and overwriting is not allowed.
 */
export async function publishPact(db: Database, input: PublishPactInput): Promise<PublishPactResult> {
  let { pact } = input;
  return db.transaction(async (tx) => {
    const consumer = await ensurePacticipant(tx, pact.consumerName);
    const provider = await ensurePacticipant(tx, pact.providerName);
    const { version, created } = await ensureVersion(tx, consumer.id, input.consumerVersion, input.buildUrl);
    if (input.branch) await addBranchVersion(tx, consumer.id, input.branch, version.id);
    for (const tag of input.tags ?? []) await addTag(tx, version.id, tag);
    const existing = await findPublication(tx, version.id, provider.id);
    const before = existing ? await findPactVersionById(tx, existing.pact_version_id) : undefined;
    if (before && input.merge) pact = mergePacts(JSON.parse(before.content), pact);
    if (existing && existing.sha !== pact.sha && !input.allowOverwrite && !input.merge) {
      const diff = jsonDiff(before ? JSON.parse(before.content) : {}, pact.json);
      throw brokerErrors.TREATY_BROKER_CONFLICT(
        [`publish pact between ${pact.consumerName} version ${input.consumerVersion} and ${pact.providerName}`, `that version already has a pact with different content (${diff.length} difference(s), first at ${diff[0]?.path ?? '$'})`],
        { diff, errors: { content: [`The pact for ${pact.consumerName} version ${input.consumerVersion} and ${pact.providerName} has already been published with different content. Use a new version number.`] } },
      );
    }
    const content = await ensurePactVersion(tx, consumer.id, provider.id, pact.sha, JSON.stringify(pact.json));
    const outcome = await upsertPublication(tx, version.id, provider.id, content.id);
    const publication = (await findPublication(tx, version.id, provider.id))!;
    if (outcome !== 'unchanged') await enqueuePactPublishedEvents(tx, publication, input.buildUrl);
    return { outcome, versionCreated: created, publication };
  });
}

/**
 * Read and validate a pact body; names in the path must match the pact's.
 * @throws TreatyError TREATY_BROKER_INVALID_PACT
 */
export function readPactFor(body: unknown, expected: { consumer?: string; provider?: string }, source: string): PublishedPact {
  const pact = readPact(body, source);
  for (const role of ['consumer', 'provider'] as const) {
    const want = expected[role];
    const got = role === 'consumer' ? pact.consumerName : pact.providerName;
    if (want !== undefined && want !== got) {
      throw brokerErrors.TREATY_BROKER_INVALID_PACT([` ${source}`, `the ${role} name in the pact ("${got}") does not match the ${role} name in the path ("${want}")`], { errors: { [`${role}.name`]: [`does not match ${role} name in path ("${want}")`] } });
    }
  }
  return pact;
}
