import { matchMethod, matchPath, matchQuery, matchStatus } from './match-parts';

describe('method, path, status and query', () => {
  it('matches methods case-insensitively', () => {
    expect(matchMethod('POST', 'post')).toEqual([]);
    expect(matchMethod('POST', 'PUT')).toEqual([
      {
        type: 'method',
        path: '',
        expected: 'POST',
        actual: 'PUT',
        message: "Expected method 'POST' but received 'PUT'",
      },
    ]);
  });

  it('matches paths exactly or by rule', () => {
    expect(matchPath('/a/', '/a')[0].message).toBe("Expected path '/a/' but received '/a'");
    expect(
      matchPath('/items/1', '/items/99', { '': { matchers: [{ match: 'regex', regex: '^/items/\\d+$' }] } }),
    ).toEqual([]);
  });

  it('matches statuses exactly or by statusCode rule', () => {
    expect(matchStatus(200, 201)[0].message).toBe('Expected status 200 but received 201');
    expect(matchStatus(200, 201, { '': { matchers: [{ match: 'statusCode', status: 'success' }] } })).toEqual([]);
  });

  it('is strict about query parameters', () => {
    expect(matchQuery({ a: ['1'] }, { a: ['1'] })).toEqual([]);
    expect(matchQuery({ a: ['1'], b: ['2'] }, { a: ['1'], c: ['3'] }).map((m) => [m.path, m.message])).toEqual([
      ['b', "Expected query parameter 'b' but it was missing"],
      ['c', "Unexpected query parameter 'c'"],
    ]);
    expect(matchQuery(undefined, { a: ['1'] })[0].message).toBe("Unexpected query parameter 'a'");
  });

  it('compares repeated values in order', () => {
    expect(matchQuery({ a: ['1', '2'] }, { a: ['2', '1'] }).map((m) => m.path)).toEqual(['a[0]', 'a[1]']);
    expect(matchQuery({ a: ['1', '2'] }, { a: ['1'] })[0].message).toBe('Expected 2 items but received 1');
  });

  it('applies rules by parameter name to every value, reading numbers from text', () => {
    const rules = { id: { matchers: [{ match: 'integer' }] } };
    expect(matchQuery({ id: ['1'] }, { id: ['7', '8'] }, rules)).toEqual([]);
    expect(matchQuery({ id: ['1'] }, { id: ['x'] }, rules)[0]).toMatchObject({ path: 'id[0]', rule: 'integer' });
  });
});
