import type { Database } from '../database';

/** A consumer/provider pair that has at least one pact. */
export interface IntegrationRow {
  consumer_id: number;
  consumer_name: string;
  provider_id: number;
  provider_name: string;
  created_at: string;
}

/** Every integration (optionally only those a pacticipant takes part in), by consumer then provider name. */
export function listIntegrations(db: Database, pacticipantId?: number): Promise<IntegrationRow[]> {
  const where = pacticipantId === undefined ? '' : 'WHERE pv.consumer_id = ? OR pv.provider_id = ?';
  return db.all<IntegrationRow>(
    `SELECT pv.consumer_id, c.name AS consumer_name, pv.provider_id, p.name AS provider_name,
     MIN(pv.created_at) AS created_at
     FROM pact_versions pv JOIN pacticipants c ON c.id = pv.consumer_id JOIN pacticipants p ON p.id = pv.provider_id
     ${where} GROUP BY pv.consumer_id, c.name, pv.provider_id, p.name ORDER BY c.name, p.name`,
    pacticipantId === undefined ? [] : [pacticipantId, pacticipantId],
  );
}

/**
 * Delete an integration as the Pact Broker does: every pact between the two (publications and verifications cascade),
 * the webhooks scoped to exactly this pair, and their queued deliveries. The pacticipants and their versions stay.
 * @returns false when the two have no pact.
 */
export async function deleteIntegration(
  db: Database,
  pair: { consumerId: number; providerId: number; consumer: string; provider: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx.run('DELETE FROM pact_versions WHERE consumer_id = ? AND provider_id = ?', [
      pair.consumerId,
      pair.providerId,
    ]);
    if (removed.changes === 0) return false;
    const scoped = 'SELECT uuid FROM webhooks WHERE consumer_name = ? AND provider_name = ?';
    await tx.run(`DELETE FROM webhook_deliveries WHERE webhook_uuid IN (${scoped})`, [pair.consumer, pair.provider]);
    await tx.run('DELETE FROM webhooks WHERE consumer_name = ? AND provider_name = ?', [pair.consumer, pair.provider]);
    return true;
  });
}
