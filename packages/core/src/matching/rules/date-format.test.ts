import { compileDateFormat, matchesDateFormat } from './date-format';

function matches(pattern: string, text: string): boolean {
  const compiled = compileDateFormat(pattern);
  if (compiled === null) throw new Error(`pattern ${pattern} did not compile`);
  return matchesDateFormat(compiled, text);
}

describe('Java date/time patterns', () => {
  it.each([
    ['yyyy-MM-dd', '2024-02-29'],
    ["yyyy-MM-dd'T'HH:mm:ss", '2015-06-10T20:41:37'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2024-01-31T23:59:59.123+01:00'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2024-01-31T23:59:59.123Z'],
    ['HH:mm', '09:05'],
    ['HH:mm:ss', '23:59:60'],
    ['EEE, dd MMM yyyy HH:mm:ss z', 'Tue, 24 Nov 2026 18:43:07 GMT'],
    ['dd/MM/yyyy', '06/10/2015'],
    ['MM/dd/yy h:mm a', '12/31/99 1:05 PM'],
    ['yyyy-MM-dd HH:mm:ssZ', '2024-01-01 10:00:00+0100'],
    ['EEEE, MMMM d, yyyy', 'Monday, January 1, 2024'],
    ["yyyy-MM-dd'T'HH:mm[:ss]", '2024-01-01T10:00'],
  ])('%s accepts %s', (pattern, text) => {
    expect(matches(pattern, text)).toBe(true);
  });

  it.each([
    ['yyyy-MM-dd', '2024-13-01'],
    ['yyyy-MM-dd', '2023-02-29'],
    ['yyyy-MM-dd', '2024-04-31'],
    ['yyyy-MM-dd', '24-01-01'],
    ['HH:mm', '24:00'],
    ['HH:mm', '12:60'],
    ["yyyy-MM-dd'T'HH:mm:ss", '2015-06-10 20:41:37'],
    ['EEE, dd MMM yyyy', 'Tux, 24 Nov 2026'],
    ['yyyy-MM-dd', '2024-01-01 extra'],
  ])('%s rejects %s', (pattern, text) => {
    expect(matches(pattern, text)).toBe(false);
  });

  it('returns null for letters no formatter knows and for unbalanced sections', () => {
    expect(compileDateFormat('yyyy-bb')).toBeNull();
    expect(compileDateFormat('yyyy]')).toBeNull();
  });
});
