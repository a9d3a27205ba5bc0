// comfy-table's UTF8_FULL preset, which the official pact-broker CLI prints its tables with.
const FRAME = {
  top: ['┌', '─', '┬', '┐'],
  header: ['╞', '═', '╪', '╡'],
  between: ['├', '╌', '┼', '┤'],
  bottom: ['└', '─', '┴', '┘'],
} as const;

/** Width in terminal columns; code points, so `ツ` and `✅` count once as comfy-table's unicode width mostly does. */
function width(text: string): number {
  return [...text].length;
}

function rule(widths: readonly number[], [left, line, cross, right]: readonly string[]): string {
  return left + widths.map((w) => line.repeat(w + 2)).join(cross) + right;
}

/** The text lines of one row: a cell with line breaks spans several lines, as in comfy-table. */
function rowLines(cells: readonly string[], widths: readonly number[]): string[] {
  const split = widths.map((_, i) => (cells[i] ?? '').split('\n'));
  const height = Math.max(1, ...split.map((lines) => lines.length));
  return Array.from({ length: height }, (_, n) => {
    const texts = split.map((lines, i) => (lines[n] ?? '') + ' '.repeat(widths[i] - width(lines[n] ?? '')));
    return `│ ${texts.join(' ┆ ')} │`;
  });
}

/**
 * Render rows as the official `pact-broker` CLI does (comfy-table's UTF8_FULL box drawing), byte for byte, so
 * scripts that parse its tables parse ours. A table with no rows is its header alone, as there.
 * @example renderTable(['NAME'], [['web']]) // '┌──────┐\n│ NAME │\n╞══════╡\n│ web  │\n└──────┘'
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max(...[h, ...rows.map((r) => r[i] ?? '')].flatMap((cell) => cell.split('\n').map(width))),
  );
  const body = rows.map((row) => rowLines(row, widths).join('\n'));
  const lines = [rule(widths, FRAME.top), ...rowLines(header, widths), rule(widths, FRAME.header)];
  if (body.length > 0) lines.push(body.join(`\n${rule(widths, FRAME.between)}\n`));
  return [...lines, rule(widths, FRAME.bottom)].join('\n');
}
