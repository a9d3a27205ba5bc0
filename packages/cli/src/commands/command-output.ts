import { Option } from 'commander';
import { OUTPUT_FORMATS } from '../output/render';

/**
 * `-o, --output <format>` accepting json, text, table, pretty (and `extra`), with the official CLI's default for the
 * command.
 */
export function formatOption(fallback: 'json' | 'text' | 'table', extra: string[] = []): Option {
  return new Option('-o, --output <format>', 'output format').choices([...OUTPUT_FORMATS, ...extra]).default(fallback);
}

/** The `Examples:` help block from example command lines. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}`;
}
