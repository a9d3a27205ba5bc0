import { jsonDiff } from '../../domain/json-diff';
import type { Database } from '../../storage/database';
import {
  findPublication,
  findPublications,
  findPactVersionById,
  latestPublication,
} from '../../storage/repositories/pacts';
import { crossResultsAsVerifications } from '../../storage/repositories/provider-contracts';
import type { PublicationRow, VerificationRow } from '../../storage/repositories/rows';
import { labelsOfVersions } from '../../storage/repositories/version-labels';
import { verificationsOf } from '../../storage/repositories/verifications';
import { findVersion } from '../../storage/repositories/versions';
import { notFound } from '../../errors';
import { requirePacticipant } from '../../routes/lookups';

/** A verification as the pact and verification pages list it. */
export function verificationSummary(row: VerificationRow) {
  return {
    number: row.number,
    success: Boolean(Number(row.success)),
    providerVersion: row.provider_version_number,
    verifiedAt: row.created_at,
    buildUrl: row.build_url,
    crossContract: row.number === 0,
  };
}

async function publicationOf(
  db: Database,
  provider: string,
  consumer: string,
  version: string | undefined,
): Promise<PublicationRow> {
  const c = await requirePacticipant(db, consumer);
  const p = await requirePacticipant(db, provider);
  const what = `pact between ${consumer}${version ? ` ${version}` : ''} and ${provider}`;
  if (!version)
    return (await latestPublication(db, { consumerId: c.id, providerId: p.id })) ?? Promise.reject(notFound(what));
  const v = await findVersion(db, c.id, version);
  const row = v && (await findPublication(db, v.id, p.id));
  if (!row) throw notFound(what);
  return row;
}

async function previousDistinct(db: Database, current: PublicationRow) {
  const history = await findPublications(db, { consumerId: current.consumer_id, providerId: current.provider_id }, 500);
  const older = history.find((row) => row.consumer_version_id < current.consumer_version_id && row.sha !== current.sha);
  if (!older) return null;
  const [before, after] = await Promise.all([
    findPactVersionById(db, older.pact_version_id),
    findPactVersionById(db, current.pact_version_id),
  ]);
  const changes = jsonDiff(JSON.parse(before?.content ?? '{}'), JSON.parse(after?.content ?? '{}'), '$', 200);
  return { consumerVersion: older.consumer_version_number, sha: older.sha, changes };
}

/**
 * Everything the pact page shows: the content, the consumer versions that published it, the diff with the previous
 * distinct content and the verification history (cross-contract results included).
 * @throws TreatyError TREATY_BROKER_NOT_FOUND when the pacticipants or the pact do not exist.
 */
export async function pactView(db: Database, provider: string, consumer: string, version?: string) {
  const publication = await publicationOf(db, provider, consumer, version);
  const content = await findPactVersionById(db, publication.pact_version_id);
  const same = await findPublications(
    db,
    { consumerId: publication.consumer_id, providerId: publication.provider_id, sha: publication.sha },
    100,
  );
  const labels = await labelsOfVersions(
    db,
    same.map((row) => row.consumer_version_id),
  );
  const verifications = [
    ...(await verificationsOf(db, publication.pact_version_id)),
    ...(await crossResultsAsVerifications(db, publication.pact_version_id)),
  ];
  return {
    consumer: publication.consumer_name,
    provider: publication.provider_name,
    consumerVersion: publication.consumer_version_number,
    sha: publication.sha,
    publishedAt: publication.created_at,
    pact: JSON.parse(content?.content ?? '{}') as unknown,
    consumerVersions: same.map((row) => ({
      number: row.consumer_version_number,
      publishedAt: row.created_at,
      ...labels.get(row.consumer_version_id),
    })),
    previous: await previousDistinct(db, publication),
    verifications: verifications.map(verificationSummary).sort((a, b) => b.verifiedAt.localeCompare(a.verifiedAt)),
  };
}
