import type { VerificationContext } from './context';
import type { InteractionResult } from './types';
import { judgeExchange, type Exchange } from './verify-interaction';

/** Exchanges per batch, and per timed trial of a schedule. */
const BATCH_SIZE = 64;
/** A batch is also judged once its response bodies reach this size, so that memory stays small. */
const BATCH_BYTES = 4 * 1024 * 1024;

type Schedule = 'batch' | 'each';

/**
 * Judges the exchanges of one pact in order, off the path of the next request (judging is CPU work with no effect on
 * the provider). Two schedules: `each` judges every exchange while the next request is out, which hides the work
 * when the provider runs on another CPU; `batch` judges many back to back, about a third cheaper in cache, which wins
 * when client and provider share a CPU (as on a quiet machine). The first two batches of a pact time one schedule
 * each, and the faster judges the rest. See decisions/0002-judging-schedule.md.
 */
export class JudgeQueue {
  /** The results, in the order the exchanges were added. */
  readonly results: InteractionResult[] = [];
  private readonly waiting: Exchange[] = [];
  private waitingBytes = 0;
  private judging: Promise<void> | undefined;
  private schedule: Schedule = 'batch';
  private added = 0;
  private trialStartedAt = 0;
  private batchTrialMs = 0;

  constructor(private readonly ctx: VerificationContext) {}

  /** Queue an exchange; it is judged soon, after the next request has gone out. */
  add(exchange: Exchange): void {
    this.timeTrials();
    this.added++;
    this.waiting.push(exchange);
    this.waitingBytes += exchange.http?.raw.body.length ?? 0;
    if (this.schedule === 'each' || this.waiting.length >= BATCH_SIZE || this.waitingBytes >= BATCH_BYTES)
      this.judging ??= this.judgeSoon();
  }

  /** Judge whatever is still waiting; resolves when every exchange added has its result. */
  async finish(): Promise<void> {
    await this.judging;
    this.judgeWaiting();
  }

  // Exchanges 0-63 are judged as a batch and 64-127 each on its own; each trial is timed from its first exchange's
  // arrival to the next trial's (64 exchanges and their judging either way).
  private timeTrials(): void {
    const now = performance.now();
    if (this.added === 0) this.trialStartedAt = now;
    else if (this.added === BATCH_SIZE) {
      this.batchTrialMs = now - this.trialStartedAt;
      this.trialStartedAt = now;
      this.schedule = 'each';
    } else if (this.added === 2 * BATCH_SIZE) {
      this.schedule = this.batchTrialMs <= now - this.trialStartedAt ? 'batch' : 'each';
    }
  }

  private judgeSoon(): Promise<void> {
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        this.judging = undefined;
        try {
          this.judgeWaiting();
        } finally {
          resolve();
        }
      }),
    );
  }

  private judgeWaiting(): void {
    for (const exchange of this.waiting) this.results.push(judgeExchange(this.ctx, exchange));
    this.waiting.length = 0;
    this.waitingBytes = 0;
  }
}
