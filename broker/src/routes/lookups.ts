import { brokerErrors, notFound } from '../errors';
import type { Database } from '../storage/database';
import { findEnvironment } from '../storage/repositories/environments';
import { findPacticipant } from '../storage/repositories/pacticipants';
import type { EnvironmentRow, PacticipantRow, VersionRow } from '../storage/repositories/rows';
import { findVersion } from '../storage/repositories/versions';

/**
 * The named pacticipant.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND
 */
export async function requirePacticipant(db: Database, name: string): Promise<PacticipantRow> {
  const row = await findPacticipant(db, name);
  if (!row) throw notFound(`pacticipant "${name}"`);
  return row;
}

/**
 * A version of the named pacticipant.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND
 */
export async function requireVersion(
  db: Database,
  pacticipant: string,
  number: string,
): Promise<{ pacticipant: PacticipantRow; version: VersionRow }> {
  const p = await requirePacticipant(db, pacticipant);
  const version = await findVersion(db, p.id, number);
  if (!version) throw notFound(`version "${number}" of pacticipant "${pacticipant}"`);
  return { pacticipant: p, version };
}

/**
 * An environment by uuid.
 * @throws TreatyError TREATY_BROKER_NOT_FOUND
 */
export async function requireEnvironment(db: Database, uuid: string): Promise<EnvironmentRow> {
  const row = await findEnvironment(db, uuid);
  if (!row) throw notFound(`environment "${uuid}"`);
  return row;
}

/**
 * The request body as an object (an empty object when there is none).
 * @throws TreatyError TREATY_BROKER_INVALID_BODY when it is not a JSON object.
 */
export function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw brokerErrors.TREATY_BROKER_INVALID_BODY(['it must be a JSON object']);
  return body as Record<string, unknown>;
}

/** Collect "must be a string" style errors for optional string fields. */
export function stringFieldErrors(body: Record<string, unknown>, fields: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const field of fields) {
    const value = body[field];
    if (value !== undefined && value !== null && typeof value !== 'string') errors[field] = ['must be a string'];
  }
  return errors;
}
