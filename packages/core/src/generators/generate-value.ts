import { coreErrors } from '../core-errors';
import type { Generator } from '../model';
import { applyDateExpression } from './date-expression';
import { formatJavaDate } from './date-format';
import { generateFromRegex } from './generate-from-regex';
import { fromProviderState } from './provider-state-value';
import { randomChar, randomChars, randomInt } from './random';

/** What generators may draw on. */
export interface GeneratorContext {
  /** Values returned by provider state handlers, for ProviderState generators (provider mode). */
  providerState?: Record<string, unknown>;
  /** The mock server's base URL, for MockServerURL generators (consumer mode). */
  mockServerUrl?: string;
  /** The time Date/Time/DateTime generators start from; defaults to now. */
  now?: Date;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
// pact-reference's defaults: an ISO date, a time, and a date-time with milliseconds and offset (`%3f%z`).
const DATE_DEFAULTS: Record<string, string> = {
  Date: 'yyyy-MM-dd',
  Time: 'HH:mm:ss',
  DateTime: "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
};

/**
 * Produce a value for one generator. `current` is the example in the pact, returned unchanged when the
 * generator needs context that is missing (no provider state value, no mock server URL).
 * @example generateValue({ type: 'RandomInt', min: 1, max: 3 }, 0, {}, '$.id') // 1, 2 or 3
 * @throws TreatyError TREATY_CORE_INVALID_GENERATOR for an unknown type or unusable options.
 */
export function generateValue(
  generator: Generator,
  current: unknown,
  context: GeneratorContext,
  where: string,
): unknown {
  const num = (name: string, fallback: number) =>
    typeof generator[name] === 'number' ? (generator[name] as number) : fallback;
  switch (generator.type) {
    case 'RandomInt':
      return randomInt(num('min', 0), num('max', 2147483647));
    case 'RandomDecimal':
      return randomDecimal(Math.max(2, num('digits', 10)));
    case 'RandomHexadecimal':
      return randomChars(HEX, num('digits', 10));
    case 'RandomString':
      return randomChars(ALPHANUMERIC, num('size', 20));
    case 'RandomBoolean':
      return Math.random() < 0.5;
    case 'Regex':
      return generateFromRegex(String(generator.regex ?? ''), where);
    case 'Uuid':
      return formatUuid(String(generator.format ?? 'lower-case-hyphenated'));
    case 'Date':
    case 'Time':
    case 'DateTime':
      return generateDate(generator, context, where);
    case 'ProviderState':
      return fromProviderState(generator, current, context.providerState);
    case 'MockServerURL':
      return mockServerUrl(generator, current, context.mockServerUrl);
    // Generators inside arrayContains variants: the example is kept (the variants' own values are valid examples).
    case 'ArrayContains':
      return current;
    default:
      throw coreErrors.TREATY_CORE_INVALID_GENERATOR([where, `unknown generator type "${generator.type}"`]);
  }
}

function randomDecimal(digits: number): number {
  // Non-zero first and last digits, so the number keeps all its digits and a fractional part.
  const text = randomChar('123456789') + randomChars('0123456789', digits - 2) + randomChar('123456789');
  const point = randomInt(1, digits - 1);
  return Number(`${text.slice(0, point)}.${text.slice(point)}`);
}

function formatUuid(format: string): string {
  const hex = randomChars(HEX, 32).split('');
  hex[12] = '4';
  hex[16] = HEX[8 + randomInt(0, 3)];
  const simple = hex.join('');
  const hyphenated = [
    simple.slice(0, 8),
    simple.slice(8, 12),
    simple.slice(12, 16),
    simple.slice(16, 20),
    simple.slice(20),
  ].join('-');
  if (format === 'simple') return simple;
  if (format === 'upper-case-hyphenated') return hyphenated.toUpperCase();
  if (format === 'URN') return `urn:uuid:${hyphenated}`;
  return hyphenated;
}

function generateDate(generator: Generator, context: GeneratorContext, where: string): string {
  const base = context.now ?? new Date();
  const expression = typeof generator.expression === 'string' ? generator.expression : undefined;
  const date = expression === undefined ? base : applyDateExpression(base, expression);
  if (date === undefined) {
    throw coreErrors.TREATY_CORE_INVALID_GENERATOR([
      where,
      `the date expression "${expression}" is not understood (use e.g. "+1 day", "tomorrow @ noon")`,
    ]);
  }
  return formatJavaDate(date, String(generator.format ?? DATE_DEFAULTS[generator.type]));
}

function mockServerUrl(generator: Generator, current: unknown, baseUrl: string | undefined): unknown {
  const example =
    typeof generator.example === 'string' ? generator.example : typeof current === 'string' ? current : undefined;
  if (baseUrl === undefined || example === undefined) return current;
  const match = typeof generator.regex === 'string' ? new RegExp(generator.regex).exec(example) : null;
  const rest = match ? (match[1] ?? '') : example.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return `${baseUrl.replace(/\/$/, '')}${rest.startsWith('/') || rest === '' ? '' : '/'}${rest}`;
}
