import type { VerificationContext } from './context';
import { passesFilter } from './interaction-filter';
import type { PactSource } from './pact-sources';
import type { InteractionResult, PactResult } from './types';
import { exchangeInteraction, judgeExchange, type Exchange } from './verify-interaction';

/**
 * Verify every interaction of one pact. Interactions run against the provider strictly one after another;
 * judging the responses (CPU) is deferred to a `setImmediate`, so that it overlaps the network wait
 * of the next interaction without changing the order of anything the provider sees. Never throws.
 */
export async function verifyPact(ctx: VerificationContext, source: PactSource): Promise<PactResult> {
  const interactions: InteractionResult[] = [];
  // Exchanges waiting to be judged, in order, and the judging scheduled for them.
  const waiting: Exchange[] = [];
  let judging: Promise<void> | undefined;
  const judgeWaiting = (resolve: () => void) => {
    judging = undefined;
    try {
      for (const exchange of waiting) interactions.push(judgeExchange(ctx, exchange));
    } finally {
      waiting.length = 0;
      resolve();
    }
  };
  for (const interaction of source.pact.interactions) {
    if (!passesFilter(interaction, ctx.filter)) continue;
    waiting.push(await exchangeInteraction(ctx, interaction, source.pending, source.pact));
    judging ??= new Promise<void>((resolve) => setImmediate(judgeWaiting, resolve));
  }
  await judging;
  return {
    consumer: source.pact.consumer.name,
    provider: source.pact.provider.name,
    source: source.source,
    pending: source.pending,
    wip: source.wip,
    notices: source.notices,
    success: interactions.every((i) => i.success),
    interactions,
  };
}
