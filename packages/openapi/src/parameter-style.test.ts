import { readCookie, readQuery, readStyled } from './parameter-style';
import type { OperationParameter } from './types';

const param = (extra: Partial<OperationParameter>): OperationParameter => ({
  name: 'id',
  in: 'path',
  required: true,
  style: 'simple',
  explode: false,
  shape: 'array',
  location: '#/p',
  ...extra,
});

describe('readStyled', () => {
  it.each([
    ['simple array', param({}), '1,2', ['1', '2']],
    ['simple object, exploded', param({ shape: 'object', explode: true }), 'x=1,y=2', { x: '1', y: '2' }],
    ['simple object', param({ shape: 'object' }), 'x,1,y,2', { x: '1', y: '2' }],
    ['label, exploded', param({ style: 'label', explode: true }), '.1.2', ['1', '2']],
    ['label', param({ style: 'label' }), '.1,2', ['1', '2']],
    ['matrix, exploded', param({ style: 'matrix', explode: true }), ';id=1;id=2', ['1', '2']],
    ['matrix', param({ style: 'matrix' }), ';id=1,2', ['1', '2']],
    ['scalar', param({ shape: 'scalar' }), 'a,b', 'a,b'],
  ])('reads %s', (_name, p, raw, expected) => {
    expect(readStyled(p, raw)).toEqual(expected);
  });
});

describe('readQuery', () => {
  const query = (p: Partial<OperationParameter>, q: Record<string, string[]>) => {
    const used = new Set<string>();
    return {
      value: readQuery(param({ in: 'query', style: 'form', explode: true, ...p }), q, used, new Set(['id'])),
      used: [...used],
    };
  };

  it('reads form arrays repeated or comma-separated, and the delimited styles', () => {
    expect(query({}, { id: ['1', '2'] }).value).toEqual(['1', '2']);
    expect(query({ explode: false }, { id: ['1,2'] }).value).toEqual(['1', '2']);
    expect(query({ style: 'pipeDelimited', explode: false }, { id: ['1|2'] }).value).toEqual(['1', '2']);
    expect(query({ style: 'spaceDelimited', explode: false }, { id: ['1 2'] }).value).toEqual(['1', '2']);
  });

  it('reads deepObject and exploded form objects, and says which names it used', () => {
    expect(query({ style: 'deepObject', shape: 'object' }, { 'id[a][b]': ['1'], other: ['x'] })).toEqual({
      value: { a: { b: '1' } },
      used: ['id[a][b]'],
    });
    expect(query({ name: 'point', shape: 'object' }, { x: ['1'], y: ['2'], id: ['7'] })).toEqual({
      value: { x: '1', y: '2' },
      used: ['x', 'y'],
    });
  });

  it('returns undefined for an absent parameter', () => {
    expect(query({}, {}).value).toBeUndefined();
  });
});

describe('readCookie', () => {
  it('finds a cookie by name', () => {
    expect(readCookie(param({ in: 'cookie', name: 'b', shape: 'scalar' }), 'a=1; b=2')).toBe('2');
    expect(readCookie(param({ in: 'cookie', name: 'c', shape: 'scalar' }), 'a=1')).toBeUndefined();
  });
});
