import { jsonDiff } from './json-diff';
import { pactDiffText } from './pact-diff-text';

describe('pactDiffText', () => {
  it('lists added, removed and changed paths under a heading naming both versions', () => {
    const before = { interactions: [{ description: 'a' }], metadata: { old: true } };
    const after = { interactions: [{ description: 'b' }, { description: 'c' }], metadata: {} };
    expect(pactDiffText('1.0.0', '1.1.0', jsonDiff(before, after))).toBe(
      'Changes in the pact from version 1.0.0 to version 1.1.0:\n~ $.interactions[0].description: "a" -> ' +
        '"b"\n+ $.interactions[1]: {"description":"c"}\n- $.metadata.old: true\n',
    );
  });

  it('says when nothing changed and shortens long values', () => {
    expect(pactDiffText('1', '2', [])).toBe('Changes in the pact from version 1 to version 2:\nNo changes.\n');
    expect(pactDiffText('1', '2', [{ path: '$.x', change: 'added', after: 'y'.repeat(300) }])).toMatch(
      /^.*\n\+ \$\.x: "y{196}\.\.\.\n$/,
    );
  });
});
