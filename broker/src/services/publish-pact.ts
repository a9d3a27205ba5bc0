import { brokerErrors } from '../errors';
import { jsonDiff } from '../domain/json-diff';
import { mergePacts } from '../domain/merge-pacts';
import { readPact, type PublishedPact } from '../domain/read-pact';
import type { Database } from '../storage/database';
import { addBranchVersion } from '../storage/repositories/branches';
import { ensurePacticipants } from '../storage/repositories/pacticipants';
import {
  ensurePactVersion,
  findPactVersionById,
  findPublication,
  upsertPublication,
  type PublicationTableRow,
} from '../storage/repositories/pacts';
import {
  present,
  type PacticipantRow,
  type PactVersionRow,
  type PublicationRow,
  type VersionRow,
} from '../storage/repositories/rows';
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

interface Parties {
  consumer: PacticipantRow;
  provider: PacticipantRow;
  version: VersionRow;
}

// Round trips matter on PostgreSQL: both pacticipants in one query, no read of a publication a new version cannot have,
// no main-branch detection when the consumer has one, and the written publication comes back from its own statement.
async function ensureParties(
  tx: Database,
  pact: PublishedPact,
  input: PublishPactInput,
): Promise<Parties & { created: boolean }> {
  const [consumer, provider] = await ensurePacticipants(tx, [pact.consumerName, pact.providerName]);
  const { version, created } = await ensureVersion(tx, consumer.id, input.consumerVersion, input.buildUrl);
  if (input.branch)
    await addBranchVersion(tx, consumer.id, input.branch, version.id, {
      mainBranchKnown: consumer.main_branch !== null,
    });
  for (const tag of input.tags ?? []) await addTag(tx, version.id, tag);
  return { consumer, provider, version, created };
}

function conflict(pact: PublishedPact, input: PublishPactInput, before: PactVersionRow | undefined) {
  const diff = jsonDiff(before ? JSON.parse(before.content) : {}, pact.json);
  return brokerErrors.TREATY_BROKER_CONFLICT(
    [
      `publish pact between ${pact.consumerName} version ${input.consumerVersion} and ${pact.providerName}`,
      `that version already has a pact with different content (${diff.length} difference(s), first ` +
        `at ${diff[0]?.path ?? '$'})`,
    ],
    {
      diff,
      errors: {
        content: [
          `The pact for ${pact.consumerName} version ${input.consumerVersion} and ${pact.providerName} has ` +
            `already been published with different content. Use a new version number.`,
        ],
      },
    },
  );
}

/**
 * The pact to store given what the version already has: merged, or refused with a 409 when overwriting is not allowed.
 */
async function resolveContent(
  tx: Database,
  input: PublishPactInput,
  existing: PublicationRow | undefined,
): Promise<PublishedPact> {
  if (!existing) return input.pact;
  const before = await findPactVersionById(tx, existing.pact_version_id);
  if (before && input.merge) return mergePacts(JSON.parse(before.content), input.pact);
  if (existing.sha !== input.pact.sha && !input.allowOverwrite && !input.merge)
    throw conflict(input.pact, input, before);
  return input.pact;
}

function publicationOf(parties: Parties, sha: string, row: PublicationTableRow): PublicationRow {
  const { consumer, provider, version } = parties;
  return {
    ...row,
    consumer_id: consumer.id,
    consumer_name: consumer.name,
    provider_name: provider.name,
    consumer_version_number: version.number,
    sha,
  };
}

/**
 * Store a pact for a consumer version: content once per SHA, linked to the version.
 * @throws TreatyError TREATY_BROKER_CONFLICT (with a `diff`) when the version already has different content and
 *   overwriting is not allowed.
 */
export async function publishPact(db: Database, input: PublishPactInput): Promise<PublishPactResult> {
  return db.transaction(async (tx) => {
    const parties = await ensureParties(tx, input.pact, input);
    const { consumer, provider, version } = parties;
    const existing = parties.created ? undefined : await findPublication(tx, version.id, provider.id);
    const pact = await resolveContent(tx, input, existing);
    const content = await ensurePactVersion(tx, consumer.id, provider.id, pact.sha, JSON.stringify(pact.json));
    const { outcome, row } = await upsertPublication(tx, version.id, provider.id, content.id);
    const publication = row
      ? publicationOf(parties, content.sha, row)
      : (existing ?? present(await findPublication(tx, version.id, provider.id), 'the pact publication'));
    if (outcome !== 'unchanged') await enqueuePactPublishedEvents(tx, publication, input.buildUrl);
    return { outcome, versionCreated: parties.created, publication };
  });
}

/**
 * Read and validate a pact body; names in the path must match the pact's.
 * @throws TreatyError TREATY_BROKER_INVALID_PACT
 */
export function readPactFor(
  body: unknown,
  expected: { consumer?: string; provider?: string },
  source: string,
): PublishedPact {
  const pact = readPact(body, source);
  for (const role of ['consumer', 'provider'] as const) {
    const want = expected[role];
    const got = role === 'consumer' ? pact.consumerName : pact.providerName;
    if (want !== undefined && want !== got) {
      throw brokerErrors.TREATY_BROKER_INVALID_PACT(
        [
          ` ${source}`,
          `the ${role} name in the pact ("${got}") does not match the ${role} name in the path ("${want}")`,
        ],
        { errors: { [`${role}.name`]: [`does not match ${role} name in path ("${want}")`] } },
      );
    }
  }
  return pact;
}
