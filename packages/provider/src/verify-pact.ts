import type { VerificationContext } from './context';
import { passesFilter } from './interaction-filter';
import type { PactSource } from './pact-sources';
import type { InteractionResult, PactResult } from './types';
import { exchangeInteraction, judgeExchange, type Exchange } from './verify-interaction';

// Responses are judged in batches: matching many back to back keeps the matcher's code and data in cache, about a
// third cheaper than judging each between two requests (which only pays off when the provider runs on another CPU
// meanwhile). A batch is bounded in count and in response bytes.
const BATCH_SIZE = 64;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Verify every interaction of one pact. Interactions run against the provider strictly one after another; judging
 * the responses (CPU, no effect on the provider) is done in batches, each deferred to a `setImmediate` so that it
 * overlaps the network wait of the next interaction. Never throws.
 */
export async function verifyPact(ctx: VerificationContext, source: PactSource): Promise<PactResult> {
  const interactions: InteractionResult[] = [];
  const waiting: Exchange[] = [];
  let waitingBytes = 0;
  let judging: Promise<void> | undefined;
  const judgeWaiting = () => {
    for (const exchange of waiting) interactions.push(judgeExchange(ctx, exchange));
    waiting.length = 0;
    waitingBytes = 0;
  };
  const judgeSoon = () =>
    new Promise<void>((resolve) =>
      setImmediate(() => {
        judging = undefined;
        try {
          judgeWaiting();
        } finally {
          resolve();
        }
      }),
    );
  for (const interaction of source.pact.interactions) {
    if (!passesFilter(interaction, ctx.filter)) continue;
    const exchange = await exchangeInteraction(ctx, interaction, source.pending, source.pact);
    waiting.push(exchange);
    waitingBytes += exchange.http?.raw.body.length ?? 0;
    if (waiting.length >= BATCH_SIZE || waitingBytes >= BATCH_BYTES) judging ??= judgeSoon();
  }
  await judging;
  judgeWaiting();
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
