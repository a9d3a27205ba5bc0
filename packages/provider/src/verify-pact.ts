import type { VerificationContext } from './context';
import { passesFilter } from './interaction-filter';
import type { PactSource } from './pact-sources';
import { JudgeQueue } from './judge-queue';
import type { PactResult } from './types';
import { exchangeInteraction } from './verify-interaction';

/**
 * Verify every interaction of one pact. Interactions run against the provider strictly one after another; judging
 * the responses is scheduled by a {@link JudgeQueue}, off the path of the next request. Never throws.
 */
export async function verifyPact(ctx: VerificationContext, source: PactSource): Promise<PactResult> {
  const queue = new JudgeQueue(ctx);
  for (const interaction of source.pact.interactions) {
    if (!passesFilter(interaction, ctx.filter)) continue;
    queue.add(await exchangeInteraction(ctx, interaction, source.pending, source.pact));
  }
  await queue.finish();
  const interactions = queue.results;
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
