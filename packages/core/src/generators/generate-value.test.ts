import { generateValue } from './generate-value';

const gen = (type: string, options: Record<string, unknown> = {}, current: unknown = undefined, context = {}) =>
  generateValue({ type, ...options }, current, context, '$.x');

describe('generateValue', () => {
  it('RandomInt stays within min and max', () => {
    for (let i = 0; i < 200; i++) {
      const value = gen('RandomInt', { min: 3, max: 5 }) as number;
      expect(Number.isInteger(value) && value >= 3 && value <= 5).toBe(true);
    }
  });

  it('RandomDecimal has the number of digits asked for and a decimal point', () => {
    for (let i = 0; i < 200; i++) {
      const value = gen('RandomDecimal', { digits: 6 }) as number;
      expect(typeof value).toBe('number');
      expect(String(value)).toMatch(/^\d+\.\d+$/);
      expect(String(value).replace('.', '')).toHaveLength(6);
      expect(Number.isInteger(value)).toBe(false);
    }
  });

  it('RandomHexadecimal, RandomString and RandomBoolean have their shapes', () => {
    expect(gen('RandomHexadecimal', { digits: 12 })).toMatch(/^[0-9a-f]{12}$/);
    expect(gen('RandomString', { size: 7 })).toMatch(/^[A-Za-z0-9]{7}$/);
    expect(typeof gen('RandomBoolean')).toBe('boolean');
  });

  it.each([
    ['simple', /^[0-9a-f]{32}$/],
    ['lower-case-hyphenated', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/],
    ['upper-case-hyphenated', /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/],
    ['URN', /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
  ])('Uuid in %s format', (format, pattern) => {
    expect(gen('Uuid', { format })).toMatch(pattern);
  });

  it.each([
    ['\\d{3}-[A-Z]{2}'],
    ['^(foo|bar)+baz?$'],
    ['[^a-z]{4}'],
    ['\\w+@\\w+\\.(com|org)'],
    ['(?:ab|cd){2,3}x*'],
    ['[0-9a-f]{8}-[0-9a-f]{4}'],
    ['\\$\\d+\\.\\d{2}'],
    ['(?<year>\\d{4})-(0[1-9]|1[0-2])'],
  ])('Regex %s generates matching strings', (regex) => {
    for (let i = 0; i < 30; i++) expect(gen('Regex', { regex })).toMatch(new RegExp(`^(?:${regex})$`));
  });

  it('Date, Time and DateTime use the format and expression', () => {
    const now = new Date(Date.UTC(2024, 0, 31, 13, 4, 5));
    expect(gen('Date', {}, undefined, { now })).toBe('2024-01-31');
    expect(gen('Time', { format: 'h:mm a' }, undefined, { now })).toBe('1:04 PM');
    expect(gen('DateTime', { format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" }, undefined, { now })).toBe(
      '2024-01-31T13:04:05.000Z',
    );
    expect(gen('DateTime', {}, undefined, { now })).toBe('2024-01-31T13:04:05.000+0000');
    expect(gen('Date', { expression: '+1 month' }, undefined, { now })).toBe('2024-02-29');
    expect(
      gen('DateTime', { format: 'yyyy-MM-dd HH:mm', expression: 'tomorrow - 2 hours @ 14:30' }, undefined, { now }),
    ).toBe('2024-02-01 14:30');
    expect(gen('Date', { format: 'EEE, dd MMM yy', expression: 'yesterday' }, undefined, { now })).toBe(
      'Tue, 30 Jan 24',
    );
  });

  it('ProviderState fills placeholders and keeps the type of a whole-value placeholder', () => {
    const context = { providerState: { id: 42, name: 'x' } };
    expect(gen('ProviderState', { expression: '${id}' }, 0, context)).toBe(42);
    expect(gen('ProviderState', { expression: '/orders/${id}/${name}' }, '', context)).toBe('/orders/42/x');
    expect(gen('ProviderState', { expression: '${id}', dataType: 'STRING' }, '', context)).toBe('42');
    expect(gen('ProviderState', { expression: '${missing}' }, 'kept', context)).toBe('kept');
    expect(gen('ProviderState', { expression: '${id}' }, 'kept')).toBe('kept');
  });

  it('MockServerURL puts the mock server base URL in front of the example path', () => {
    const options = { regex: '.*(\\/orders\\/\\d+)$', example: 'http://localhost:8080/orders/1' };
    expect(gen('MockServerURL', options, options.example, { mockServerUrl: 'http://127.0.0.1:5555' })).toBe(
      'http://127.0.0.1:5555/orders/1',
    );
    expect(gen('MockServerURL', options, options.example)).toBe(options.example);
  });

  it('keeps the example for ArrayContains generators', () => {
    expect(gen('ArrayContains', { variants: [] }, [1, 2])).toEqual([1, 2]);
  });

  it('throws TREATY_CORE_INVALID_GENERATOR for unknown types, bad regexes and bad expressions', () => {
    const invalid = expect.objectContaining({ code: 'TREATY_CORE_INVALID_GENERATOR' });
    expect(() => gen('Teleport')).toThrow(invalid);
    expect(() => gen('Regex', { regex: '(abc' })).toThrow(invalid);
    expect(() => gen('Date', { expression: 'next blue moon' })).toThrow(invalid);
  });
});
