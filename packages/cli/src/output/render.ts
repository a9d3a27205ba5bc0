import type { CommandContext } from '../io';
import { renderTable } from './table';

/** The output formats of the broker commands, as the official CLI names them. */
export const OUTPUT_FORMATS = ['json', 'text', 'table', 'pretty'];

/** What a command can show: the JSON it got, and a text and/or table view for people. */
export interface Rendering {
  json: unknown;
  text?: () => string[];
  table?: () => { header: string[]; rows: string[][] };
}

/**
 * Print `rendering` in `format`: JSON for `json` and `pretty`, else the table or the text view
 * (each standing in for the other when a command has only one).
 */
export function render(ctx: CommandContext, format: string, rendering: Rendering): void {
  if (format === 'json' || format === 'pretty' || (!rendering.text && !rendering.table)) {
    ctx.out(JSON.stringify(rendering.json, null, 2));
    return;
  }
  const table = rendering.table && (format === 'table' || !rendering.text) ? rendering.table() : undefined;
  if (table) {
    ctx.out(renderTable(table.header, table.rows));
    return;
  }
  for (const line of rendering.text?.() ?? []) ctx.out(line);
}

/** `value` as a table cell: empty for undefined/null. */
export function cell(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * `value` as the Rust pact-broker CLI's JSON-backed tables show it (`list-pacticipants`, `list-latest-pact-versions`,
 * `get-pacts`): JSON text, so strings are quoted and a missing value is `null`. Scripts that parse those tables
 * strip the quotes; we print what they expect.
 * @example jsonCell('Orders') // '"Orders"'
 */
export function jsonCell(value: unknown): string {
  return JSON.stringify(value ?? null);
}
