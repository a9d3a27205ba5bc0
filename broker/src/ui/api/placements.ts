import type { Database } from '../../storage/database';

/** A version of an application currently deployed or released to an environment. */
export interface Placement {
  environment: string;
  version: string;
  kind: 'deployed' | 'released';
  at: string;
  applicationInstance?: string | null;
}

interface Raw {
  pacticipant_id: number;
  pacticipant: string;
  environment: string;
  version: string;
  kind: 'deployed' | 'released';
  at: string;
  instance: string | null;
}

const SQL = (
  where: string,
) => `SELECT v.pacticipant_id, p.name AS pacticipant, e.name AS environment, v.number AS version,
    'deployed' AS kind, d.created_at AS at, d.application_instance AS instance
  FROM deployed_versions d JOIN versions v ON v.id = d.version_id JOIN environments e ON e.id = d.environment_id
  JOIN pacticipants p ON p.id = v.pacticipant_id WHERE d.undeployed_at IS NULL ${where}
  UNION ALL
  SELECT v.pacticipant_id, p.name AS pacticipant, e.name AS environment, v.number AS version,
    'released' AS kind, r.created_at AS at, NULL AS instance
  FROM released_versions r JOIN versions v ON v.id = r.version_id JOIN environments e ON e.id = r.environment_id
  JOIN pacticipants p ON p.id = v.pacticipant_id WHERE r.support_ended_at IS NULL ${where}`;

function group(rows: Raw[]): Map<number, Placement[]> {
  const out = new Map<number, Placement[]>();
  for (const row of rows) {
    const id = Number(row.pacticipant_id);
    const list = out.get(id) ?? [];
    list.push({
      environment: row.environment,
      version: row.version,
      kind: row.kind,
      at: row.at,
      applicationInstance: row.instance,
    });
    out.set(id, list);
  }
  return out;
}

/**
 * Where each of these pacticipants is deployed or released now, by pacticipant id (one query).
 * @example (await placementsOf(db, [1, 2])).get(1) // [{ environment: 'production', version: '1.2.0', ... }]
 */
export async function placementsOf(db: Database, pacticipantIds: readonly number[]): Promise<Map<number, Placement[]>> {
  const ids = [...new Set(pacticipantIds)];
  if (ids.length === 0) return new Map();
  const marks = ids.map(() => '?').join(', ');
  return group(await db.all<Raw>(SQL(`AND v.pacticipant_id IN (${marks})`), [...ids, ...ids]));
}

/**
 * Every current deployment and release, for the environments board.
 * @example const rows = await allPlacements(db);
 */
export async function allPlacements(db: Database): Promise<Array<Placement & { pacticipant: string }>> {
  const rows = await db.all<Raw>(`${SQL('')} ORDER BY 2, 3`);
  return rows.map((r) => ({
    pacticipant: r.pacticipant,
    environment: r.environment,
    version: r.version,
    kind: r.kind,
    at: r.at,
    applicationInstance: r.instance,
  }));
}
