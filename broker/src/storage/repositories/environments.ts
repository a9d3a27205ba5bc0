import { randomUUID } from 'node:crypto';
import type { Database } from '../database';
import { now, present, type EnvironmentRow } from './rows';

/** What a client sets on an environment. */
export interface EnvironmentFields {
  name: string;
  displayName?: string | null;
  production: boolean;
  contacts?: unknown;
}

/** All environments by name. */
export function listEnvironments(db: Database, filter: { name?: string } = {}): Promise<EnvironmentRow[]> {
  if (filter.name !== undefined)
    return db.all<EnvironmentRow>('SELECT * FROM environments WHERE name = ?', [filter.name]);
  return db.all<EnvironmentRow>('SELECT * FROM environments ORDER BY name');
}

/** An environment by uuid. */
export function findEnvironment(db: Database, uuid: string): Promise<EnvironmentRow | undefined> {
  return db.get<EnvironmentRow>('SELECT * FROM environments WHERE uuid = ?', [uuid]);
}

/** An environment by name. */
export function findEnvironmentByName(db: Database, name: string): Promise<EnvironmentRow | undefined> {
  return db.get<EnvironmentRow>('SELECT * FROM environments WHERE name = ?', [name]);
}

/** Create an environment; a uuid is generated when none is given. */
export async function createEnvironment(
  db: Database,
  fields: EnvironmentFields,
  uuid: string = randomUUID(),
): Promise<EnvironmentRow> {
  const at = now();
  await db.run(
    'INSERT INTO environments (uuid, name, display_name, production, contacts, created_at, updated_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?)',
    [
      uuid,
      fields.name,
      fields.displayName ?? null,
      fields.production ? 1 : 0,
      fields.contacts === undefined ? null : JSON.stringify(fields.contacts),
      at,
      at,
    ],
  );
  return present(await findEnvironment(db, uuid), `environment "${uuid}"`);
}

/** Replace an environment's fields. */
export async function updateEnvironment(
  db: Database,
  uuid: string,
  fields: EnvironmentFields,
): Promise<EnvironmentRow | undefined> {
  await db.run(
    'UPDATE environments SET name = ?, display_name = ?, production = ?, contacts = ?, updated_at = ? WHERE uuid = ?',
    [
      fields.name,
      fields.displayName ?? null,
      fields.production ? 1 : 0,
      fields.contacts === undefined ? null : JSON.stringify(fields.contacts),
      now(),
      uuid,
    ],
  );
  return findEnvironment(db, uuid);
}

/** Delete an environment; true when it existed. */
export async function deleteEnvironment(db: Database, uuid: string): Promise<boolean> {
  return (await db.run('DELETE FROM environments WHERE uuid = ?', [uuid])).changes > 0;
}
