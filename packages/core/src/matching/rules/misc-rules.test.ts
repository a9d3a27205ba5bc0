import { checkContentType, checkNotEmpty, checkSemver, checkStatusCode } from './misc-rules';

const input = (rule: Record<string, unknown>, actual: unknown, expected: unknown = undefined) => ({
  rule: { match: 'x', ...rule },
  expected,
  actual,
  direct: true,
  fromText: false,
});

describe('semver rule', () => {
  it.each(['1.0.0', '0.10.2', '2.0.0-rc.1', '1.2.3+build.5'])('accepts %s', (v) => {
    expect(checkSemver(input({}, v))).toBeUndefined();
  });
  it.each(['1.0', 'v1.0.0', '01.2.3', 'x'])('rejects %s', (v) => {
    expect(checkSemver(input({}, v))).toBe(`Expected '${v}' (String) to be a semantic version`);
  });
});

describe('notEmpty rule', () => {
  it('accepts non-empty values of the example type', () => {
    expect(checkNotEmpty(input({}, 'a', 'b'))).toBeUndefined();
    expect(checkNotEmpty(input({}, [1], [2]))).toBeUndefined();
    expect(checkNotEmpty(input({}, { a: 1 }, { b: 1 }))).toBeUndefined();
  });
  it.each([[''], [[]], [{}], [null]])('rejects %j', (value) => {
    expect(checkNotEmpty(input({}, value))).toMatch(/to not be empty$/);
  });
  it('rejects another type', () => {
    expect(checkNotEmpty(input({}, 1, 'a'))).toBe("Expected 1 (Integer) to be the same type as 'a' (String)");
  });
});

describe('contentType rule', () => {
  it('compares media types', () => {
    expect(checkContentType(input({ value: 'application/json' }, 'application/json; charset=utf-8'))).toBeUndefined();
    expect(checkContentType(input({ value: 'image/png' }, 'image/jpeg'))).toBe(
      "Expected content of type 'image/png' but received 'image/jpeg'",
    );
  });
});

describe('statusCode rule', () => {
  it.each([
    ['information', 101],
    ['success', 204],
    ['redirect', 302],
    ['clientError', 404],
    ['serverError', 503],
    ['nonError', 399],
    ['error', 400],
  ])('%s accepts %d', (status, code) => {
    expect(checkStatusCode(input({ status }, code))).toBeUndefined();
  });
  it('rejects codes outside the class', () => {
    expect(checkStatusCode(input({ status: 'success' }, 404))).toBe(
      'Expected status 404 to be a success status (200–299)',
    );
  });
  it('accepts a list of codes', () => {
    expect(checkStatusCode(input({ status: [200, 201] }, 201))).toBeUndefined();
    expect(checkStatusCode(input({ status: [200, 201] }, 202))).toBe('Expected status 202 to be one of 200, 201');
  });
  it('reports an unknown class', () => {
    expect(checkStatusCode(input({ status: 'fine' }, 200))).toMatch(
      /^The statusCode rule has an unknown status class 'fine'/,
    );
  });
});
