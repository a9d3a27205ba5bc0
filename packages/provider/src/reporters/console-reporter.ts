import type { InteractionResult, PactResult, VerificationReport } from '../types';
import type { Reporter, TextSink } from './reporter';

function pactLine(result: PactResult): string {
  const passed = result.interactions.filter((i) => i.success).length;
  const mark = result.success ? '✓' : result.pending ? '○' : '✗';
  const flags = [result.pending && 'pending', result.wip && 'WIP'].filter(Boolean).join(', ');
  return (
    `${mark} ${result.consumer} → ${result.provider}: ${passed}/${result.interactions.length} interactions ` +
    `passed${flags ? ` [${flags}]` : ''} (${result.source})`
  );
}

function referenceLines(references: InteractionResult['references']): string[] {
  if (!references) return [];
  const groups = Object.entries(references).map(([group, entries]) => [
    `  ${group}:`,
    ...Object.entries(entries).map(([name, value]) => `    ${name}: ${value}`),
  ]);
  return ['References:', ...groups.flat()];
}

function interactionLines(result: PactResult, verbose: boolean): string[] {
  return result.interactions.flatMap((i) => {
    const mark = i.success ? '✓' : i.pending ? '○' : '✗';
    const given = i.providerStates.length ? `given ${i.providerStates.join(', ')}: ` : '';
    const line = `    ${mark} ${given}${i.description}`;
    const notes = [
      ...(i.testName ? [`Test Name: ${i.testName}`] : []),
      ...(i.comments ?? []),
      ...referenceLines(i.references),
    ].map((c) => `        # ${c}`);
    if (!verbose || !i.exchange) return [line, ...notes];
    return [
      `${line}  [${i.exchange.method} ${i.exchange.path} → ${i.exchange.status ?? 'no response'}, ${i.durationMs} ms]`,
      ...notes,
    ];
  });
}

/** Prints a line per pact with its interactions, the readable failures, and a final count. */
export class ConsoleReporter implements Reporter {
  constructor(
    private readonly out: TextSink,
    /** Print warnings (false for logLevel error/fatal). */
    private readonly showWarnings = true,
    /** Print each request, status and duration (logLevel debug/trace). */
    private readonly verbose = false,
  ) {}

  onPactEnd(result: PactResult): void {
    const lines = [
      pactLine(result),
      ...result.notices.map((n) => `    note: ${n}`),
      ...interactionLines(result, this.verbose),
    ];
    const failures = result.interactions
      .filter((i) => !i.success)
      .map((i) => (i.pending ? `(pending) ${i.formatted}` : i.formatted));
    if (failures.length > 0) lines.push('', ...failures.map((f) => f.replace(/^/gm, '    ')), '');
    if (result.published) {
      const { ok, url, error } = result.published;
      lines.push(
        `    ${ok ? 'published results to' : 'failed to publish results to'} ${url}${error ? `: ${error}` : ''}`,
      );
    }
    this.out.write(lines.join('\n') + '\n');
  }

  onEnd(report: VerificationReport): void {
    const { summary } = report;
    if (this.showWarnings) for (const warning of report.warnings) this.out.write(`warning: ${warning}\n`);
    const failed = summary.failed > 0 ? `, ${summary.failed} failed` : '';
    const pending =
      summary.pendingFailed > 0 ? `, ${summary.pendingFailed} pending failures (not failing the run)` : '';
    this.out.write(
      `\n${report.success ? 'PASS' : 'FAIL'} ${report.provider}: ${summary.passed} ` +
        `of ${summary.interactions} interactions passed${failed}${pending} ` +
        `across ${summary.pacts} ${summary.pacts === 1 ? 'pact' : 'pacts'} in ${Math.round(report.durationMs)} ms\n`,
    );
  }
}
