import type { JsonDifference } from './json-diff';

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/**
 * A pact diff as text, one line per change (`+` added, `-` removed, `~` changed), under a heading that names both
 * versions.
 * @example pactDiffText('1.0.0', '1.1.0', [{ path: '$.interactions[1]', change: 'added', after: {} }])
 */
export function pactDiffText(fromVersion: string, toVersion: string, differences: readonly JsonDifference[]): string {
  const heading = `Changes in the pact from version ${fromVersion} to version ${toVersion}:`;
  if (differences.length === 0) return `${heading}\nNo changes.\n`;
  const lines = differences.map((d) =>
    d.change === 'added'
      ? `+ ${d.path}: ${show(d.after)}`
      : d.change === 'removed'
        ? `- ${d.path}: ${show(d.before)}`
        : `~ ${d.path}: ${show(d.before)} -> ${show(d.after)}`,
  );
  return `${heading}\n${lines.join('\n')}\n`;
}
