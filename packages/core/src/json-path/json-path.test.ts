import {
  appendJsonPath,
  formatJsonPath,
  parseJsonPath,
  pathMatchesExactly,
  pathWeight,
  resolvePath,
  setAtPath,
} from './json-path';

describe('parseJsonPath', () => {
  it('reads fields, indexes, quoted names and wildcards', () => {
    expect(parseJsonPath('$.a[0][\'b c\'][*].*["d"]')).toEqual([
      { kind: 'root' },
      { kind: 'field', name: 'a' },
      { kind: 'index', index: 0 },
      { kind: 'field', name: 'b c' },
      { kind: 'starIndex' },
      { kind: 'star' },
      { kind: 'field', name: 'd' },
    ]);
  });

  it('reads names with dashes and escaped quotes, and paths without $', () => {
    expect(parseJsonPath("$.x-y['it\\'s']")).toEqual([
      { kind: 'root' },
      { kind: 'field', name: 'x-y' },
      { kind: 'field', name: "it's" },
    ]);
    expect(parseJsonPath('a.b')).toEqual([
      { kind: 'root' },
      { kind: 'field', name: 'a' },
      { kind: 'field', name: 'b' },
    ]);
    expect(parseJsonPath('$')).toEqual([{ kind: 'root' }]);
  });

  it.each(['$.a[', "$['a", '$.a[x]', '$..a', '$a'])('rejects %s', (path) => {
    expect(() => parseJsonPath(path)).toThrow();
  });
});

describe('pathWeight', () => {
  it('weighs exact steps above wildcards and cascades to children', () => {
    const at = ['items', 0, 'id'];
    expect(pathWeight(parseJsonPath('$.items[0].id'), at)).toBe(16);
    expect(pathWeight(parseJsonPath('$.items[*].id'), at)).toBe(8);
    expect(pathWeight(parseJsonPath('$.items'), at)).toBe(4);
    expect(pathWeight(parseJsonPath('$.*'), at)).toBe(2);
    expect(pathWeight(parseJsonPath('$.other'), at)).toBe(0);
    expect(pathWeight(parseJsonPath('$.items[*].id.more'), at)).toBe(0);
    expect(pathWeight(parseJsonPath('$.items[*]'), ['items', 'x'])).toBe(0);
  });

  it('tells exact from cascading', () => {
    expect(pathMatchesExactly(parseJsonPath('$.items[*]'), ['items', 1])).toBe(true);
    expect(pathMatchesExactly(parseJsonPath('$.items'), ['items', 1])).toBe(false);
  });
});

describe('resolvePath and setAtPath', () => {
  const value = { items: [{ id: 1 }, { id: 2 }], 'b c': { d: true } };

  it('finds every location a path names', () => {
    expect(resolvePath(value, parseJsonPath('$.items[*].id'))).toEqual([
      { segments: ['items', 0, 'id'], value: 1 },
      { segments: ['items', 1, 'id'], value: 2 },
    ]);
    expect(resolvePath(value, parseJsonPath("$['b c'].*"))).toEqual([{ segments: ['b c', 'd'], value: true }]);
    expect(resolvePath(value, parseJsonPath('$.items[5]'))).toEqual([]);
  });

  it('sets a value on a copy', () => {
    const out = setAtPath(value, ['items', 1, 'id'], 9) as typeof value;
    expect(out.items[1].id).toBe(9);
    expect(value.items[1].id).toBe(2);
    expect(out['b c']).toBe(value['b c']);
  });

  it('formats segments back into a path', () => {
    expect(formatJsonPath(['items', 0, 'b c', 'x-y'])).toBe("$.items[0]['b c']['x-y']");
    expect(parseJsonPath(formatJsonPath(['a', "it's", 3]))).toEqual(parseJsonPath("$.a['it\\'s'][3]"));
  });

  it('appends plain identifiers with a dot and every other key in brackets', () => {
    expect(appendJsonPath('$', 'a_1')).toBe('$.a_1');
    expect(appendJsonPath('$', 'a-b')).toBe("$['a-b']");
    expect(appendJsonPath('$', '1a')).toBe("$['1a']");
    expect(appendJsonPath('$', '$ref')).toBe("$['$ref']");
    expect(appendJsonPath('$', '*')).toBe("$['*']");
    expect(appendJsonPath('$', '')).toBe("$['']");
    expect(appendJsonPath('$.a', 2)).toBe('$.a[2]');
    expect(appendJsonPath('$.a', { kind: 'starIndex' })).toBe('$.a[*]');
  });

  it('writes keys that parse back to themselves', () => {
    for (const key of ['a-b', "it's", 'back\\slash', 'a.b', 'a[0]', '*', "x']y"]) {
      expect(parseJsonPath(appendJsonPath('$', key))).toEqual([{ kind: 'root' }, { kind: 'field', name: key }]);
    }
  });
});
