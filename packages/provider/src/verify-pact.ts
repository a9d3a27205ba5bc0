import type { VerificationContext } from './context';
import { passesFilter } from './interaction-filter';
import type { PactSource } from './pact-sources';
import type { InteractionResult, PactResult } from './types';
import { exchangeInteraction, judgeExchange, type Exchange } from './verify-interaction';

/**
 * Verify every interaction of one pact. Interactions run against the provider strictly one after another;
 * judging an interaction's response (CPU) is deferred to a `setImmediate`, so that it overlaps the network wait
 * of the next interaction without changing the order of anything the provider sees. Never throws.
 */
export async function verifyPact(ctx: VerificationContext, source: PactSource): Promise<PactResult> {
  const interactions: InteractionResult[] = [];
  let judged: Promise<void> = Promise.resolve();
  const judgeLater = (exchange: Exchange) =>
    new Promise<void>((resolve) =>
      setImmediate(() => {
        try {
          interactions.push(judgeExchange(ctx, exchange));
        } finally {
          resolve();
        }
      }),
    );
  for (const interaction of source.pact.interactions) {
    if (!passesFilter(interaction, ctx.filter)) continue;
    const exchange = await exchangeInteraction(ctx, interaction, source.pending);
    judged = judged.then(() => judgeLater(exchange));
  }
  await judged;
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
