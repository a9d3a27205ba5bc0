import type { Mismatch } from '../model';
import { formatMismatches } from './format-mismatches';

const mismatches: Mismatch[] = [
  {
    type: 'body',
    path: '$.items[0].id',
    expected: 1,
    actual: 'abc',
    message: "Expected 'abc' (String) to be an integer",
    rule: 'integer',
  },
  { type: 'status', path: '', expected: 200, actual: 500, message: 'Expected status 200 but received 500' },
  {
    type: 'header',
    path: 'Content-Type',
    expected: 'application/json',
    actual: 'text/html',
    message: "Expected header 'Content-Type' to have value 'application/json' but received 'text/html'",
  },
];

describe('formatMismatches', () => {
  it('renders a heading, groups by kind in a fixed order, and shows where, rule, sentence and diff', () => {
    expect(formatMismatches({ ok: false, mismatches }, { interaction: 'a request for items' })).toBe(
      [
        '✕ 3 mismatches for "a request for items"',
        '',
        '  - Expected',
        '  + Received',
        '',
        '  Headers (1)',
        '',
        '    › Content-Type',
        "      Expected header 'Content-Type' to have value 'application/json' but received 'text/html'",
        '',
        '      - "application/json"',
        '      + "text/html"',
        '',
        '  Status (1)',
        '',
        '    › status',
        '      Expected status 200 but received 500',
        '',
        '      - 200',
        '      + 500',
        '',
        '  Body (1)',
        '',
        '    › $.items[0].id  [integer]',
        "      Expected 'abc' (String) to be an integer",
        '',
        '      - 1',
        '      + "abc"',
      ].join('\n'),
    );
  });

  it('accepts a bare list and says when nothing is wrong', () => {
    expect(formatMismatches([])).toBe('✓ No mismatches');
    expect(formatMismatches({ ok: true, mismatches: [] }, { interaction: 'x' })).toBe('✓ No mismatches for "x"');
  });

  it('uses colour only when asked', () => {
    expect(formatMismatches(mismatches)).not.toContain('\u001b[');
    expect(formatMismatches(mismatches, { color: true })).toContain('\u001b[31m');
  });

  it('counts one mismatch in the singular', () => {
    expect(formatMismatches([mismatches[0]]).split('\n')[0]).toBe('✕ 1 mismatch');
  });
});
