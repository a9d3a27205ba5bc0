import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { providerErrors } from '../errors';
import type { TextSink } from './reporter';

/**
 * Write a report to a file (creating its folder) or to a sink. @throws TreatyError TREATY_PROVIDER_REPORT_WRITE_FAILED
 */
export function writeReport(kind: string, text: string, outputFile: string | undefined, sink: TextSink): void {
  if (!outputFile) {
    sink.write(text + '\n');
    return;
  }
  try {
    mkdirSync(dirname(outputFile), { recursive: true });
    writeFileSync(outputFile, text + '\n');
  } catch (error) {
    throw providerErrors.TREATY_PROVIDER_REPORT_WRITE_FAILED(
      [kind, outputFile, (error as Error).message],
      { source: outputFile },
      error,
    );
  }
}
