import { bracketDepth, describePath, pathBeyondDepth } from './json-depth';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('pathBeyondDepth', () => {
  it('accepts a document at the limit and names the path of one beyond it', () => {
    expect(pathBeyondDepth(nested(3), 3)).toBeUndefined();
    expect(pathBeyondDepth({ a: [[1]] }, 2)).toEqual(['a', 0]);
    expect(pathBeyondDepth({ ok: [1, 2], deep: { b: { c: {} } } }, 3)).toEqual(['deep', 'b', 'c']);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(pathBeyondDepth(nested(100_000), 256)).toHaveLength(256);
  });

  it('shortens long paths', () => {
    expect(describePath(['a', 0, 'b'])).toBe('$.a[0].b');
    expect(describePath(Array.from({ length: 10 }, () => 'x'))).toBe('$.x.x.x.x.x.x... (4 more levels)');
  });
});

describe('bracketDepth', () => {
  it('counts nesting outside strings', () => {
    expect(bracketDepth('{"a":[1,{"b":"[["}]}')).toBe(3);
    expect(bracketDepth('a: {b: [1, {c: 2}]}')).toBe(3);
    expect(bracketDepth('"\\"{"')).toBe(0);
    expect(bracketDepth('openapi: 3.0.0')).toBe(0);
  });
});
