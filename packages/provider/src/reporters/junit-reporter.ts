import type { InteractionResult, PactResult, VerificationReport } from '../types';
import type { Reporter, TextSink } from './reporter';
import { writeReport } from './write-report';

/** Escape text for XML attributes and content. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
    .replace(/[^\t\n\r\u0020-\uffff]/g, '');
}

function testCase(pact: PactResult, result: InteractionResult): string {
  const name = xmlEscape(
    result.providerStates.length
      ? `given ${result.providerStates.join(', ')}: ${result.description}`
      : result.description,
  );
  const open =
    `    <testcase classname="${xmlEscape(`${pact.consumer} → ${pact.provider}`)}" name="${name}" ` +
    `time="${(result.durationMs / 1000).toFixed(3)}"`;
  if (result.success) return `${open}/>`;
  const summary = xmlEscape(
    result.error ?? result.mismatches[0]?.message ?? result.openapi[0]?.message ?? 'verification failed',
  );
  const tag = result.pending
    ? `<skipped message="pending: ${summary}"/>`
    : `<failure message="${summary}">${xmlEscape(result.formatted)}</failure>`;
  return `${open}>\n      ${tag}\n    </testcase>`;
}

function testSuite(pact: PactResult): string {
  const failures = pact.interactions.filter((i) => !i.success && !i.pending).length;
  const skipped = pact.interactions.filter((i) => !i.success && i.pending).length;
  const time = pact.interactions.reduce((sum, i) => sum + i.durationMs, 0) / 1000;
  const head =
    `  <testsuite name="${xmlEscape(`${pact.consumer} → ${pact.provider}`)}" ` +
    `tests="${pact.interactions.length}" failures="${failures}" errors="0" skipped="${skipped}" ` +
    `time="${time.toFixed(3)}">`;
  return [head, ...pact.interactions.map((i) => testCase(pact, i)), '  </testsuite>'].join('\n');
}

/**
 * Renders the report as JUnit XML: a test suite per pact, a test case per interaction (pending failures are skipped).
 */
export function renderJunit(report: VerificationReport): string {
  const { summary } = report;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(`pact verification of ${report.provider}`)}" ` +
      `tests="${summary.interactions}" failures="${summary.failed}" ` +
      `time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...report.pacts.map(testSuite),
    '</testsuites>',
  ].join('\n');
}

/** Writes the report as JUnit XML for CI. */
export class JunitReporter implements Reporter {
  constructor(
    private readonly out: TextSink,
    private readonly outputFile?: string,
  ) {}

  onEnd(report: VerificationReport): void {
    writeReport('JUnit', renderJunit(report), this.outputFile, this.out);
  }
}
