import { checkDate, checkDateTime, checkTime } from './date-time';

const input = (rule: Record<string, unknown>, actual: unknown) => ({
  rule: { match: 'x', ...rule },
  expected: '',
  actual,
  direct: true,
  fromText: false,
});

describe('date, time and datetime rules', () => {
  it('date uses format or the V3 date key', () => {
    expect(checkDate(input({ format: 'dd/MM/yyyy' }, '31/12/2024'))).toBeUndefined();
    expect(checkDate(input({ date: 'yyyy-MM-dd' }, '2024-12-31'))).toBeUndefined();
    expect(checkDate(input({ format: 'yyyy-MM-dd' }, '31/12/2024'))).toBe(
      "Expected '31/12/2024' to be a date in the format 'yyyy-MM-dd'",
    );
  });

  it('date defaults to ISO 8601', () => {
    expect(checkDate(input({}, '2024-12-31'))).toBeUndefined();
    expect(checkDate(input({}, 'Dec 31'))).toBe("Expected 'Dec 31' to be a date in the format 'ISO 8601'");
  });

  it('time defaults to ISO 8601 and reads V3 time key', () => {
    expect(checkTime(input({}, '10:15:30'))).toBeUndefined();
    expect(checkTime(input({}, '10:15:30.123+02:00'))).toBeUndefined();
    expect(checkTime(input({ time: 'HH:mm' }, '10:15'))).toBeUndefined();
    expect(checkTime(input({ time: 'HH:mm' }, '25:15'))).toBe("Expected '25:15' to be a time in the format 'HH:mm'");
  });

  it('timestamp/datetime reads format, timestamp or datetime keys and defaults to ISO 8601', () => {
    expect(checkDateTime(input({ timestamp: "yyyy-MM-dd'T'HH:mm:ss" }, '2015-06-10T20:41:37'))).toBeUndefined();
    expect(checkDateTime(input({ format: 'yyyy-MM-dd HH:mm' }, '2015-06-10 20:41'))).toBeUndefined();
    expect(checkDateTime(input({}, '2015-06-10T20:41:37.123Z'))).toBeUndefined();
    expect(checkDateTime(input({}, '2015-06-10'))).toBe(
      "Expected '2015-06-10' to be a date-time in the format 'ISO 8601'",
    );
  });

  it('rejects non-strings and unknown pattern letters', () => {
    expect(checkDate(input({}, 20240101))).toBe('Expected 20240101 (Integer) to be a date');
    expect(checkDate(input({ format: 'bbbb' }, '2024'))).toBe(
      "The date format 'bbbb' is not a valid date/time pattern",
    );
  });
});
