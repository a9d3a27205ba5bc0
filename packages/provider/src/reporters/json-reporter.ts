import type { VerificationReport } from '../types';
import type { Reporter, TextSink } from './reporter';
import { writeReport } from './write-report';

/** Writes the whole report as JSON. */
export class JsonReporter implements Reporter {
  constructor(
    private readonly out: TextSink,
    private readonly outputFile?: string,
  ) {}

  onEnd(report: VerificationReport): void {
    writeReport('JSON', JSON.stringify(report, null, 2), this.outputFile, this.out);
  }
}
