import { formatMismatches, type HttpInteraction, type HttpRequest, type MatchResult } from '@treaty/core';

/** A request the mock server could not answer from the test's interactions. */
export interface UnexpectedRequest {
  request: HttpRequest;
  closest?: { interaction: HttpInteraction; result: MatchResult };
}

/** What happened on the mock server during one test. */
export interface MockReport {
  missing: HttpInteraction[];
  unexpected: UnexpectedRequest[];
}

/**
 * True when every interaction was received and nothing unexpected arrived.
 * @example if (!reportOk(report)) throw ...
 */
export function reportOk(report: MockReport): boolean {
  return report.missing.length === 0 && report.unexpected.length === 0;
}

/**
 * Explain why one request did not match (used in the 500 body and in the final report).
 * @example describeUnexpected({ request, closest })
 */
export function describeUnexpected(entry: UnexpectedRequest): string {
  const line = `${entry.request.method} ${entry.request.path}`;
  if (!entry.closest) return `  Unexpected request ${line}: the test defines no interactions.`;
  const closest = entry.closest.interaction.description;
  const heading = `  Request ${line} did not match; the closest interaction is "${closest}":`;
  const details = formatMismatches(entry.closest.result, { interaction: entry.closest.interaction.description });
  return `${heading}\n${indent(details, '    ')}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : prefix + l))
    .join('\n');
}

/**
 * A readable report of missing, unexpected and mismatched requests.
 * @example formatMockReport(report)
 */
export function formatMockReport(report: MockReport): string {
  const lines: string[] = [];
  for (const interaction of report.missing) {
    lines.push(
      `  Missing request: "${interaction.description}" expected ${interaction.request.method} ` +
        `${interaction.request.path}, but it was never received.`,
    );
  }
  for (const entry of report.unexpected) lines.push(describeUnexpected(entry));
  return lines.join('\n');
}
