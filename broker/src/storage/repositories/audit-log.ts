import type { Database } from '../database';

/** One audited write. */
export interface AuditRow {
  id: number;
  at: string;
  principal: string;
  token_uuid: string | null;
  role: string | null;
  method: string;
  path: string;
  status: number;
  remote_address: string | null;
  request_id: string | null;
}

/** Append an entry to the audit log. */
export async function appendAudit(db: Database, entry: Omit<AuditRow, 'id'>): Promise<void> {
  await db.run(
    'INSERT INTO audit_log (at, principal, token_uuid, role, method, path, status, remote_address, ' +
      'request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      entry.at,
      entry.principal,
      entry.token_uuid,
      entry.role,
      entry.method,
      entry.path,
      entry.status,
      entry.remote_address,
      entry.request_id,
    ],
  );
}

/** A page of the audit log, newest first: `limit` entries with an id below `before` (all when absent). */
export function listAudit(db: Database, page: { limit: number; before?: number }): Promise<AuditRow[]> {
  const where = page.before === undefined ? '' : 'WHERE id < ?';
  const params = page.before === undefined ? [page.limit] : [page.before, page.limit];
  return db.all<AuditRow>(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ?`, params);
}
