import type { CommandContext } from '../io';

/** A one-line elapsed-time status on stderr, shown only on a terminal. */
export interface Progress {
  /** Clear the status line (before other output) — it comes back on the next tick. */
  clear(): void;
  stop(): void;
}

/** Start a progress line such as `⠋ verifying orders-api… 12 s` (a no-op when stderr is not a terminal). */
export function startProgress(ctx: CommandContext, label: string): Progress {
  if (!ctx.stderr.isTTY) return { clear: () => undefined, stop: () => undefined };
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  const startedAt = Date.now();
  let tick = 0;
  let shown = false;
  const clear = () => {
    if (shown) ctx.stderr.write('\r\u001b[2K');
    shown = false;
  };
  const timer = setInterval(() => {
    clear();
    ctx.stderr.write(
      ctx.colors.dim(`${frames[tick++ % frames.length]} ${label} ${Math.round((Date.now() - startedAt) / 1000)} s`),
    );
    shown = true;
  }, 250);
  timer.unref();
  return { clear, stop: () => (clearInterval(timer), clear()) };
}
