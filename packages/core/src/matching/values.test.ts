import { deepEqual, kindOf, scalarText, show, showTyped, typeName } from './values';

describe('value helpers', () => {
  it('names Pact types', () => {
    expect([null, undefined, [], 1, 1.5, 's', true, {}].map(typeName)).toEqual([
      'Null',
      'Missing',
      'Array',
      'Integer',
      'Decimal',
      'String',
      'Boolean',
      'Object',
    ]);
    expect([null, [], 1, 's', {}].map(kindOf)).toEqual(['null', 'array', 'number', 'string', 'object']);
  });

  it('shows values briefly', () => {
    expect(show('abc')).toBe("'abc'");
    expect(showTyped(1)).toBe('1 (Integer)');
    expect(show(undefined)).toBe('nothing');
    expect(show('x'.repeat(100))).toHaveLength(80);
  });

  it('compares deeply, ignoring key order', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });

  it('reads scalars as text', () => {
    expect([scalarText('a'), scalarText(2), scalarText(false), scalarText(null), scalarText([])]).toEqual([
      'a',
      '2',
      'false',
      undefined,
      undefined,
    ]);
  });
});
