import type { Database } from '../storage/database';
import { claimDueDeliveries, countOpenDeliveries } from '../storage/repositories/webhook-deliveries';
import { deliverWebhook, type DeliverySettings } from './deliver-webhook';

/** Runs due webhook deliveries from the queue table in the background. */
export interface WebhookPoller {
  /** Look for due deliveries now (after a commit that queued some). */
  kick(): void;
  /** Stop polling and wait for deliveries in flight. */
  stop(): Promise<void>;
  /**
   * Resolve once no delivery is pending or being sent (retries included), so a caller can tell that nothing more will
   * be sent for what was queued so far.
   */
  drained(): Promise<void>;
}

const BATCH = 10;

/** Start polling the delivery queue every `intervalMs`; timers are unref'd so they never keep a process alive. */
export function startWebhookPoller(
  db: Database,
  settings: DeliverySettings & { intervalMs: number; onError?: (error: unknown) => void },
): WebhookPoller {
  const leaseMs = Math.max(60_000, settings.timeoutMs * 3);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const drain = async () => {
    do {
      again = false;
      const rows = await claimDueDeliveries(db, BATCH, leaseMs);
      await Promise.all(rows.map((row) => deliverWebhook(db, row, settings)));
      if (rows.length === BATCH) again = true;
    } while (again && !stopped);
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, settings.intervalMs);
    timer.unref();
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error) => settings.onError?.(error))
      .finally(() => {
        running = undefined;
        schedule();
      });
  };
  schedule();
  return {
    kick: () => setImmediate(tick).unref(),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    drained: async () => {
      for (;;) {
        await running;
        if (stopped || (await countOpenDeliveries(db)) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, Math.min(settings.intervalMs, 20)));
      }
    },
  };
}
