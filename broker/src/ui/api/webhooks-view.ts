import type { Database } from '../../storage/database';
import { executionsOf } from '../../storage/repositories/webhook-deliveries';
import { definitionOf, listWebhooks } from '../../storage/repositories/webhooks';
import { executionJson } from '../../hal/webhook-json';
import { maskRequest } from '../../webhooks/mask-secrets';

/**
 * Webhook definitions with secrets masked as the API masks them (password, `Authorization` and token headers),
 * each with its latest executions.
 * @example const { webhooks } = await webhooksView(db);
 */
export async function webhooksView(db: Database) {
  const rows = await listWebhooks(db);
  const webhooks = await Promise.all(
    rows.map(async (row) => {
      const def = definitionOf(row);
      // executionJson masks each logged request already.
      const executions = (await executionsOf(db, row.uuid, 20)).map(executionJson);
      return {
        uuid: row.uuid,
        description: def.description ?? null,
        consumer: def.consumer?.name ?? null,
        provider: def.provider?.name ?? null,
        events: def.events,
        enabled: def.enabled,
        request: maskRequest(def.request),
        executions,
      };
    }),
  );
  return { webhooks };
}
