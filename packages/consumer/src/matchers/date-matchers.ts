import { consumerErrors } from '../errors';
import type { DateTimeMatcher } from './matcher-types';

function dateLike(kind: 'timestamp' | 'date' | 'time', name: string, format: string, example: string): DateTimeMatcher {
  if (!example) throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER([name, `an example ${name} is required`]);
  return { 'pact:matcher:type': kind, format, value: example };
}

/**
 * A string in the Java-style datetime format.
 * @example datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-31T10:00:00')
 * @throws TREATY_CONSUMER_INVALID_MATCHER without an example.
 */
export function datetime(format: string, example: string): DateTimeMatcher {
  return dateLike('timestamp', 'datetime', format, example);
}

/**
 * Same as {@link datetime}.
 * @example timestamp('yyyy-MM-dd HH:mm', '2024-01-31 10:00')
 * @throws TREATY_CONSUMER_INVALID_MATCHER without an example.
 */
export function timestamp(format: string, example: string): DateTimeMatcher {
  return dateLike('timestamp', 'timestamp', format, example);
}

/**
 * A string in the Java-style time format.
 * @example time('HH:mm', '10:00')
 * @throws TREATY_CONSUMER_INVALID_MATCHER without an example.
 */
export function time(format: string, example: string): DateTimeMatcher {
  return dateLike('time', 'time', format, example);
}

/**
 * A string in the Java-style date format.
 * @example date('yyyy-MM-dd', '2024-01-31')
 * @throws TREATY_CONSUMER_INVALID_MATCHER without an example.
 */
export function date(format: string, example: string): DateTimeMatcher {
  return dateLike('date', 'date', format, example);
}
