import type { Database } from '../database';
import { now, present, type VerificationRow } from './rows';

const VERIFICATION_SELECT = `SELECT v.*, prv.number AS provider_version_number, pr.name AS provider_name,
  c.name AS consumer_name, pv.sha AS sha
  FROM verifications v
  JOIN versions prv ON prv.id = v.provider_version_id
  JOIN pact_versions pv ON pv.id = v.pact_version_id
  JOIN pacticipants pr ON pr.id = pv.provider_id
  JOIN pacticipants c ON c.id = pv.consumer_id`;

/** What a provider reports after verifying a pact. */
export interface NewVerification {
  pactVersionId: number;
  providerVersionId: number;
  success: boolean;
  buildUrl?: string | null;
  testResults?: unknown;
  verifiedBy?: unknown;
}

/** Store a verification result with the next number for its pact content. */
export async function insertVerification(db: Database, input: NewVerification): Promise<VerificationRow> {
  return db.transaction(async (tx) => {
    // Serialise numbering per pact content across PostgreSQL connections (SQLite writers are already serialised).
    await tx.lockRow('pact_versions', input.pactVersionId);
    const next = await tx.get<{ n: number | string | null }>(
      'SELECT MAX(number) AS n FROM verifications WHERE pact_version_id = ?',
      [input.pactVersionId],
    );
    const number = Number(next?.n ?? 0) + 1;
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    await tx.run(
      `INSERT INTO verifications (number, pact_version_id, provider_version_id, success, build_url, test_results,
       verified_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        number,
        input.pactVersionId,
        input.providerVersionId,
        input.success ? 1 : 0,
        input.buildUrl ?? null,
        json(input.testResults),
        json(input.verifiedBy),
        now(),
      ],
    );
    return present(await findVerification(tx, input.pactVersionId, number), 'the verified pact');
  });
}

/** A verification by pact content and number. */
export function findVerification(
  db: Database,
  pactVersionId: number,
  number: number,
): Promise<VerificationRow | undefined> {
  return db.get<VerificationRow>(`${VERIFICATION_SELECT} WHERE v.pact_version_id = ? AND v.number = ?`, [
    pactVersionId,
    number,
  ]);
}

/** The newest verification of some pact content. */
export function latestVerification(db: Database, pactVersionId: number): Promise<VerificationRow | undefined> {
  return db.get<VerificationRow>(`${VERIFICATION_SELECT} WHERE v.pact_version_id = ? ORDER BY v.id DESC LIMIT 1`, [
    pactVersionId,
  ]);
}

/** Verifications of some pact content, newest first. */
export function verificationsOf(db: Database, pactVersionId: number): Promise<VerificationRow[]> {
  return db.all<VerificationRow>(`${VERIFICATION_SELECT} WHERE v.pact_version_id = ? ORDER BY v.id DESC`, [
    pactVersionId,
  ]);
}

/** True when the content was verified successfully by a provider version on the branch (any version when no branch). */
export async function hasSuccessfulVerification(
  db: Database,
  pactVersionId: number,
  filter: { branch?: string; tags?: readonly string[] } = {},
): Promise<boolean> {
  let sql = 'SELECT 1 AS x FROM verifications v WHERE v.pact_version_id = ? AND v.success = 1';
  const params: (string | number)[] = [pactVersionId];
  if (filter.branch !== undefined) {
    sql +=
      ' AND EXISTS (SELECT 1 FROM branch_versions bv JOIN branches b ON b.id = bv.branch_id WHERE ' +
      'bv.version_id = v.provider_version_id AND b.name = ?)';
    params.push(filter.branch);
  } else if (filter.tags && filter.tags.length > 0) {
    sql +=
      ` AND EXISTS (SELECT 1 FROM tags t WHERE t.version_id = v.provider_version_id AND t.name IN ` +
      `(${filter.tags.map(() => '?').join(', ')}))`;
    params.push(...filter.tags);
  }
  return (await db.get(`${sql} LIMIT 1`, params)) !== undefined;
}

/**
 * The newest verification of any pact between a consumer and a provider, optionally only of pacts published for
 * consumer
 * versions with a tag (what a pact badge compares with the latest pact).
 */
export function latestVerificationOfPair(
  db: Database,
  pair: { consumerId: number; providerId: number; consumerTag?: string },
): Promise<VerificationRow | undefined> {
  const tagged =
    pair.consumerTag === undefined
      ? ''
      : ' AND EXISTS (SELECT 1 FROM pact_publications pp JOIN tags t ON t.version_id = pp.consumer_version_id ' +
        'WHERE pp.pact_version_id = pv.id AND t.name = ?)';
  const params =
    pair.consumerTag === undefined
      ? [pair.consumerId, pair.providerId]
      : [pair.consumerId, pair.providerId, pair.consumerTag];
  return db.get<VerificationRow>(
    `${VERIFICATION_SELECT} WHERE pv.consumer_id = ? AND pv.provider_id = ?${tagged} ORDER BY v.id DESC LIMIT 1`,
    params,
  );
}
