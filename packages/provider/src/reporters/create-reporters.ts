import { providerErrors } from '../errors';
import type { ReporterSpec, VerifierOptions } from '../types';
import { ConsoleReporter } from './console-reporter';
import { JsonReporter } from './json-reporter';
import { JunitReporter } from './junit-reporter';
import type { Reporter, TextSink } from './reporter';

/** Build the reporters the options ask for (console by default). @throws TreatyError TREATY_PROVIDER_INVALID_OPTIONS */
export function createReporters(options: VerifierOptions): Reporter[] {
  const out: TextSink = options.output ?? process.stdout;
  const specs: ReporterSpec[] = options.reporters ?? [options.format ?? 'console'];
  return specs.map((spec) => {
    const { type, outputFile } = typeof spec === 'string' ? { type: spec, outputFile: undefined } : spec;
    if (type === 'console') {
      const level = options.logLevel;
      return new ConsoleReporter(out, level !== 'error' && level !== 'fatal', level === 'debug' || level === 'trace');
    }
    if (type === 'json') return new JsonReporter(out, outputFile);
    if (type === 'junit') return new JunitReporter(out, outputFile);
    throw providerErrors.TREATY_PROVIDER_INVALID_OPTIONS([
      `unknown reporter "${String(type)}"`,
      'Use console, json or junit',
    ]);
  });
}
