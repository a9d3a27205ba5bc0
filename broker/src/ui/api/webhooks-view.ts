import type { Database } from '../../storage/database';
import { executionsOf } from '../../storage/repositories/webhook-deliveries';
import { definitionOf, listWebhooks } from '../../storage/repositories/webhooks';
import { executionJson } from '../../hal/webhook-json';

const MASK = '**********';
const SECRET_HEADER = /authori[sz]ation|token|secret|password|api[-_]?key|cookie/i;

function masked(request: Record<string, unknown>): Record<string, unknown> {
  const headers = Object.fromEntries(
    Object.entries((request.headers ?? {}) as Record<string, string>).map(([k, v]) => [
      k,
      SECRET_HEADER.test(k) ? MASK : v,
    ]),
  );
  return { ...request, headers, ...(request.password !== undefined ? { password: MASK } : {}) };
}

/**
 * Webhook definitions with secrets masked (password and credential-like headers), each with its latest executions.
 * @example const { webhooks } = await webhooksView(db);
 */
export async function webhooksView(db: Database) {
  const rows = await listWebhooks(db);
  const webhooks = await Promise.all(
    rows.map(async (row) => {
      const def = definitionOf(row);
      const executions = (await executionsOf(db, row.uuid, 20))
        .map(executionJson)
        .map((e) => ({ ...e, request: masked((e.request ?? {}) as Record<string, unknown>) }));
      return {
        uuid: row.uuid,
        description: def.description ?? null,
        consumer: def.consumer?.name ?? null,
        provider: def.provider?.name ?? null,
        events: def.events,
        enabled: def.enabled,
        request: masked(def.request as unknown as Record<string, unknown>),
        executions,
      };
    }),
  );
  return { webhooks };
}
