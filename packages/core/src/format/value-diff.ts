import type { Paint } from './ansi';

const MAX_LINES = 120;

/** Render a value for a diff as pretty JSON; `absent` names an undefined value ("(missing)", "(nothing)"). */
export function renderValue(value: unknown, absent = '(missing)'): string[] {
  if (value === undefined) return [absent];
  if (typeof value === 'string') return [JSON.stringify(value)];
  try {
    return (JSON.stringify(value, null, 2) ?? String(value)).split('\n');
  } catch {
    return [String(value)];
  }
}

type Line = { sign: ' ' | '-' | '+'; text: string };

// Longest common subsequence on lines; values in mismatches are small, and large ones are cut first.
function diffLines(a: string[], b: string[]): Line[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const out: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ sign: ' ', text: a[i] });
      i++;
      j++;
    } else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) out.push({ sign: '-', text: a[i++] });
    else out.push({ sign: '+', text: b[j++] });
  }
  return out;
}

function cut(lines: string[]): string[] {
  return lines.length <= MAX_LINES
    ? lines
    : [...lines.slice(0, MAX_LINES), `... ${lines.length - MAX_LINES} more lines`];
}

/**
 * A Jest-style diff of two values: `- ` lines are expected only, `+ ` lines received only,
 * shared lines of multi-line values are kept for context.
 */
export function valueDiff(expected: unknown, actual: unknown, p: Paint): string[] {
  const a = cut(renderValue(expected, '(nothing)'));
  const b = cut(renderValue(actual));
  if (a.length === 1 && b.length === 1) return [p.red(`- ${a[0]}`), p.green(`+ ${b[0]}`)];
  return diffLines(a, b).map((line) => {
    if (line.sign === '-') return p.red(`- ${line.text}`);
    if (line.sign === '+') return p.green(`+ ${line.text}`);
    return p.dim(`  ${line.text}`);
  });
}
