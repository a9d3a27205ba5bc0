import type { Database } from '../database';
import { now, present, type PacticipantRow } from './rows';

/** Fields a client may set on a pacticipant. */
export interface PacticipantFields {
  displayName?: string | null;
  mainBranch?: string | null;
  repositoryUrl?: string | null;
  repositoryName?: string | null;
  repositoryNamespace?: string | null;
}

const columns: Record<keyof PacticipantFields, string> = {
  displayName: 'display_name',
  mainBranch: 'main_branch',
  repositoryUrl: 'repository_url',
  repositoryName: 'repository_name',
  repositoryNamespace: 'repository_namespace',
};

/** The pacticipant with this exact name. */
export function findPacticipant(db: Database, name: string): Promise<PacticipantRow | undefined> {
  return db.get<PacticipantRow>('SELECT * FROM pacticipants WHERE name = ?', [name]);
}

/**
 * The pacticipant with this exact name and the id of its version with this number (null when there is none), in one
 * query.
 */
export function findPacticipantWithVersion(
  db: Database,
  name: string,
  versionNumber: string | undefined,
): Promise<(PacticipantRow & { version_id: number | null }) | undefined> {
  return db.get(
    'SELECT p.*, v.id AS version_id FROM pacticipants p LEFT JOIN versions v ON v.pacticipant_id = p.id AND ' +
      'v.number = ? WHERE p.name = ?',
    [versionNumber ?? null, name],
  );
}

/** The pacticipant with this id. */
export function findPacticipantById(db: Database, id: number): Promise<PacticipantRow | undefined> {
  return db.get<PacticipantRow>('SELECT * FROM pacticipants WHERE id = ?', [id]);
}

/** All pacticipants by name. */
export function listPacticipants(db: Database): Promise<PacticipantRow[]> {
  return db.all<PacticipantRow>('SELECT * FROM pacticipants ORDER BY name');
}

/** The pacticipant, created when missing (safe under concurrent writers). */
export async function ensurePacticipant(db: Database, name: string): Promise<PacticipantRow> {
  const existing = await findPacticipant(db, name);
  if (existing) return existing;
  const at = now();
  await db.run(
    'INSERT INTO pacticipants (name, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING',
    [name, at, at],
  );
  return present(await findPacticipant(db, name), `pacticipant "${name}"`);
}

/** Several pacticipants by name, each created when missing, in the order given (one query when they all exist). */
export async function ensurePacticipants(db: Database, names: readonly string[]): Promise<PacticipantRow[]> {
  const wanted = [...new Set(names)];
  const byName = async () => {
    const rows = await db.all<PacticipantRow>(
      `SELECT * FROM pacticipants WHERE name IN (${wanted.map(() => '?').join(', ')})`,
      wanted,
    );
    return new Map(rows.map((row) => [row.name, row]));
  };
  let found = await byName();
  if (found.size < wanted.length) {
    const at = now();
    for (const name of wanted.filter((n) => !found.has(n))) {
      await db.run(
        'INSERT INTO pacticipants (name, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING',
        [name, at, at],
      );
    }
    found = await byName();
  }
  return names.map((name) => present(found.get(name), `pacticipant "${name}"`));
}

/** Set the given fields (`undefined` keeps, `null` clears); with `replace`, every unset field is cleared (PUT). */
export async function updatePacticipant(
  db: Database,
  id: number,
  fields: PacticipantFields,
  replace = false,
): Promise<void> {
  const sets: string[] = [];
  const params: (string | null | number)[] = [];
  for (const key of Object.keys(columns) as (keyof PacticipantFields)[]) {
    if (fields[key] === undefined && !replace) continue;
    sets.push(`${columns[key]} = ?`);
    params.push(fields[key] ?? null);
  }
  sets.push('updated_at = ?');
  params.push(now(), id);
  await db.run(`UPDATE pacticipants SET ${sets.join(', ')} WHERE id = ?`, params);
}

/** Delete a pacticipant and everything that belongs to it. */
export async function deletePacticipant(db: Database, id: number): Promise<void> {
  await db.run('DELETE FROM pacticipants WHERE id = ?', [id]);
}

/** The pacticipant's labels. */
export async function labelsOf(db: Database, pacticipantId: number): Promise<string[]> {
  const rows = await db.all<{ name: string }>('SELECT name FROM labels WHERE pacticipant_id = ? ORDER BY name', [
    pacticipantId,
  ]);
  return rows.map((row) => row.name);
}

/** Add a label (idempotent). */
export async function addLabel(db: Database, pacticipantId: number, label: string): Promise<void> {
  await db.run('INSERT INTO labels (pacticipant_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
    pacticipantId,
    label,
    now(),
  ]);
}

/** Remove a label; true when it existed. */
export async function removeLabel(db: Database, pacticipantId: number, label: string): Promise<boolean> {
  return (await db.run('DELETE FROM labels WHERE pacticipant_id = ? AND name = ?', [pacticipantId, label])).changes > 0;
}

/** Pacticipants carrying a label. */
export function pacticipantsWithLabel(db: Database, label: string): Promise<PacticipantRow[]> {
  return db.all<PacticipantRow>(
    'SELECT p.* FROM pacticipants p JOIN labels l ON l.pacticipant_id = p.id WHERE l.name = ? ORDER BY p.name',
    [label],
  );
}

/** Branch names taken as the main branch when a pacticipant has none yet (as the Pact Broker's auto-detection). */
export const MAIN_BRANCH_CANDIDATES: readonly string[] = ['develop', 'main', 'master'];

/** Set the main branch from the first candidate branch seen, when none is set. */
export async function detectMainBranch(db: Database, pacticipantId: number, branch: string): Promise<void> {
  if (!MAIN_BRANCH_CANDIDATES.includes(branch)) return;
  await db.run('UPDATE pacticipants SET main_branch = ?, updated_at = ? WHERE id = ? AND main_branch IS NULL', [
    branch,
    now(),
    pacticipantId,
  ]);
}
