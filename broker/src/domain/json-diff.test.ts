import { canonicalJson, sha1Of } from './canonical-json';
import { jsonDiff } from './json-diff';

describe('jsonDiff', () => {
  it('lists added, removed and changed paths', () => {
    expect(jsonDiff({ a: 1, b: [1, 2], c: 'x' }, { a: 2, b: [1], d: true })).toEqual([
      { path: '$.a', change: 'changed', before: 1, after: 2 },
      { path: '$.b[1]', change: 'removed', before: 2 },
      { path: '$.c', change: 'removed', before: 'x' },
      { path: '$.d', change: 'added', after: true },
    ]);
    expect(jsonDiff({ same: [1] }, { same: [1] })).toEqual([]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys so equal content hashes equally', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } })).toBe('{"a":{"c":[3],"d":2},"b":1}');
    expect(sha1Of({ x: 1, y: 2 })).toBe(sha1Of({ y: 2, x: 1 }));
  });
});
