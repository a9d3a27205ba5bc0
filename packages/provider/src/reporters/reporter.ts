import type { PactResult, VerificationReport } from '../types';

/** Receives the verification's progress; console, JSON and JUnit reporters implement it. */
export interface Reporter {
  /** A pact has been verified. */
  onPactEnd?(result: PactResult): void;
  /** The run is over. @throws TreatyError TREATY_PROVIDER_REPORT_WRITE_FAILED when a report cannot be written */
  onEnd?(report: VerificationReport): void | Promise<void>;
}

/** Somewhere to write text. */
export interface TextSink {
  write(text: string): unknown;
}
