// pact-js is the oracle: the same call must give the same matcher object.
import * as pactJs from '@pact-foundation/pact/src/v3/matchers';
import * as ours from './matchers-v3';

describe('MatchersV3 builds the same JSON as pact-js', () => {
  const cases: [string, (m: typeof ours) => unknown][] = [
    ['like', (m) => m.like({ a: 1 })],
    ['eachLike', (m) => m.eachLike({ a: 1 }, 2)],
    ['atLeastOneLike', (m) => m.atLeastOneLike('x', 3)],
    ['atLeastLike', (m) => m.atLeastLike('x', 2, 4)],
    ['atMostLike', (m) => m.atMostLike('x', 3, 2)],
    ['constrainedArrayLike', (m) => m.constrainedArrayLike('x', 1, 4, 2)],
    ['eachKeyMatches', (m) => m.eachKeyMatches({ a: 1 }, m.regex('[a-z]', 'a'))],
    ['eachValueMatches', (m) => m.eachValueMatches({ a: 'x' }, m.string('x'))],
    ['arrayContaining', (m) => m.arrayContaining(m.like({ a: 1 }), 'b')],
    ['integer', (m) => m.integer(3)],
    ['integer (generated)', (m) => m.integer()],
    ['decimal', (m) => m.decimal(1.5)],
    ['decimal (generated)', (m) => m.decimal()],
    ['number', (m) => m.number(2)],
    ['number (generated)', (m) => m.number()],
    ['string', (m) => m.string('s')],
    ['boolean', (m) => m.boolean(false)],
    ['regex', (m) => m.regex(/\d+/, '12')],
    ['equal', (m) => m.equal('x')],
    ['includes', (m) => m.includes('abc')],
    ['nullValue', (m) => m.nullValue()],
    ['datetime', (m) => m.datetime('yyyy-MM-dd', '2024-01-01')],
    ['timestamp', (m) => m.timestamp('yyyy', '2024')],
    ['date', (m) => m.date('yyyy-MM-dd', '2024-01-01')],
    ['time', (m) => m.time('HH:mm', '10:00')],
    ['uuid', (m) => m.uuid('e2490de5-5bd3-43d5-b7c4-526e33f71304')],
    ['uuid (generated)', (m) => m.uuid()],
    ['url', (m) => m.url(['orders', m.regex('\\d+', '1')])],
    ['url2', (m) => m.url2('http://api', ['orders'])],
    ['fromProviderState', (m) => m.fromProviderState('${id}', 1)],
    ['contentType', (m) => m.contentType('image/png')],
    ['eachKeyLike', (m) => m.eachKeyLike('k', { a: 1 })],
  ];
  it.each(cases)('%s', (_name, build) => {
    expect(build(ours)).toEqual(build(pactJs as unknown as typeof ours));
  });

  it('reifies templates like pact-js', () => {
    const template = {
      id: ours.integer(1),
      items: ours.eachLike({ sku: ours.string('A') }, 2),
      at: ours.datetime('yyyy', '2024'),
    };
    expect(ours.reify(template)).toEqual(pactJs.reify(template));
  });

  it('matches status codes as pact-js 16.5 does (not in the pinned oracle version)', () => {
    expect(ours.matchStatus(201, [200, 201])).toEqual({
      'pact:matcher:type': 'statusCode',
      status: [200, 201],
      value: 201,
    });
    expect(ours.isStatusCodeMatcher(ours.matchStatus(200, ours.HTTPResponseStatusClass.Success))).toBe(true);
  });

  it('rejects misuse with typed errors', () => {
    expect(() => ours.integer(1.5)).toThrow(expect.objectContaining({ code: 'TREATY_CONSUMER_INVALID_MATCHER' }));
    expect(() => ours.regex(/^\d+$/, 'abc')).toThrow(/does not match/);
    expect(() => ours.atLeastLike('x', 3, 1)).toThrow(/below the minimum/);
    expect(() => ours.uuid('nope')).toThrow(/not a UUID/);
  });

  it('has the named format matchers', () => {
    expect(ours.email('a@b.io')).toMatchObject({ 'pact:matcher:type': 'regex', value: 'a@b.io' });
    expect(ours.iso8601DateTimeWithMillis('2024-05-01T10:00:00.000Z').value).toBe('2024-05-01T10:00:00.000Z');
    for (const m of [
      ours.ipv4Address(),
      ours.ipv6Address(),
      ours.hexadecimal(),
      ours.iso8601Date(),
      ours.iso8601Time(),
      ours.rfc1123Timestamp(),
    ]) {
      expect(new RegExp(m.regex).test(String(m.value))).toBe(true);
    }
  });
});
