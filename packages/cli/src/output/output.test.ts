import { createColors, shouldColor } from './colors';
import { renderTable } from './table';

describe('shouldColor', () => {
  it('colours a terminal unless NO_COLOR is set or TERM is dumb', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('never colours a pipe, unless FORCE_COLOR asks', () => {
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({}, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({}, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('createColors', () => {
  it('wraps text in ANSI codes only when enabled', () => {
    expect(createColors(true).red('no')).toBe('\u001b[31mno\u001b[39m');
    expect(createColors(false).red('no')).toBe('no');
  });
});

describe('renderTable', () => {
  // What `pact-broker list-pacticipants` (Rust CLI 0.x, comfy-table UTF8_FULL) printed, names unquoted.
  it('draws the official box table, a rule between rows', () => {
    expect(
      renderTable(
        ['NAME', 'DISPLAY NAME'],
        [
          ['Orders', 'Orders'],
          ['Web', 'Web'],
        ],
      ),
    ).toBe(
      [
        '┌────────┬──────────────┐',
        '│ NAME   ┆ DISPLAY NAME │',
        '╞════════╪══════════════╡',
        '│ Orders ┆ Orders       │',
        '├╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤',
        '│ Web    ┆ Web          │',
        '└────────┴──────────────┘',
      ].join('\n'),
    );
  });

  it('draws the header alone for no rows, and a cell with line breaks over several lines', () => {
    expect(renderTable(['UUID', 'NAME'], [])).toBe(
      ['┌──────┬──────┐', '│ UUID ┆ NAME │', '╞══════╪══════╡', '└──────┴──────┘'].join('\n'),
    );
    expect(renderTable(['A', 'B'], [['x\nlonger', 'y']])).toBe(
      ['┌────────┬───┐', '│ A      ┆ B │', '╞════════╪═══╡', '│ x      ┆ y │', '│ longer ┆   │', '└────────┴───┘'].join(
        '\n',
      ),
    );
  });
});
