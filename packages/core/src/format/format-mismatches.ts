import type { MatchResult, Mismatch, MismatchType } from '../model';
import { paint, type Paint } from './ansi';
import { valueDiff } from './value-diff';

/** Options of {@link formatMismatches}. */
export interface FormatOptions {
  /** The interaction's description, printed as the heading. */
  interaction?: string;
  /** ANSI colours. Default false. */
  color?: boolean;
}

const ORDER: MismatchType[] = ['method', 'path', 'query', 'header', 'status', 'bodyType', 'body', 'metadata'];

const TITLES: Record<MismatchType, string> = {
  method: 'Method',
  path: 'Path',
  query: 'Query',
  header: 'Headers',
  status: 'Status',
  bodyType: 'Body type',
  body: 'Body',
  metadata: 'Metadata',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 'es'}`;
}

/**
 * Render mismatches as a Jest-style report: a heading naming the interaction, then per kind of
 * mismatch each location (JSON path, header or parameter name), the rule that failed, the sentence,
 * and expected beside received as a small `- Expected` / `+ Received` diff.
 * @example console.log(formatMismatches(matchResponse(expected, actual), { interaction: 'a request for order 1' }))
 */
export function formatMismatches(result: MatchResult | Mismatch[], options: FormatOptions = {}): string {
  const mismatches = Array.isArray(result) ? result : result.mismatches;
  const p = paint(options.color === true);
  const subject = options.interaction !== undefined ? ` for "${options.interaction}"` : '';
  if (mismatches.length === 0) return p.green(`✓ No mismatches${subject}`);
  const lines = [
    p.bold(p.red(`✕ ${plural(mismatches.length, 'mismatch')}${subject}`)),
    '',
    `  ${p.red('- Expected')}`,
    `  ${p.green('+ Received')}`,
  ];
  for (const type of orderedTypes(mismatches)) {
    const group = mismatches.filter((m) => m.type === type);
    lines.push('', `  ${p.bold(TITLES[type] ?? type)} ${p.dim(`(${group.length})`)}`);
    for (const mismatch of group) lines.push(...formatOne(mismatch, p));
  }
  return lines.join('\n');
}

function orderedTypes(mismatches: Mismatch[]): MismatchType[] {
  const present = new Set(mismatches.map((m) => m.type));
  const known = ORDER.filter((t) => present.has(t));
  return [...known, ...[...present].filter((t) => !ORDER.includes(t))];
}

function formatOne(mismatch: Mismatch, p: Paint): string[] {
  const where = `${mismatch.path === '' ? mismatch.type : mismatch.path}  `;
  const rule = mismatch.rule !== undefined ? p.dim(`[${mismatch.rule}]`) : '';
  const head = `${where}${rule}`.trim();
  const out = [''];
  if (head !== '') out.push(`    ${p.bold('›')} ${head}`);
  out.push(`      ${mismatch.message}`);
  out.push('', ...valueDiff(mismatch.expected, mismatch.actual, p).map((line) => `      ${line}`));
  return out;
}
