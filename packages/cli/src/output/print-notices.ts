import type { CommandContext } from '../io';

/** Print the broker's notices, coloured by type, to stdout. */
export function printNotices(ctx: CommandContext, notices: readonly { type: string; text: string }[]): void {
  for (const notice of notices) {
    if (notice.type === 'debug') continue;
    const paint =
      notice.type === 'error' || notice.type === 'danger'
        ? ctx.colors.red
        : notice.type === 'warning' || notice.type === 'prompt'
          ? ctx.colors.yellow
          : notice.type === 'success'
            ? ctx.colors.green
            : (text: string) => text;
    ctx.out(paint(notice.text));
  }
}
