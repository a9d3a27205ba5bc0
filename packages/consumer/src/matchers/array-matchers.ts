import { consumerErrors } from '../errors';
import type { ArrayContainsMatcher, MaxLikeMatcher, MinLikeMatcher } from './matcher-types';

function copies<T>(template: T, count: number): T[] {
  return Array.from({ length: count }, () => template);
}

function checkCount(name: string, count: number | undefined, min: number, max: number): void {
  if (count === undefined) return;
  if (count < min)
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER([name, `count ${count} is below the minimum ${min}`]);
  if (count > max)
    throw consumerErrors.TREATY_CONSUMER_INVALID_MATCHER([name, `count ${count} is above the maximum ${max}`]);
}

/**
 * An array whose every item is like the template, with at least `min` items (default 1).
 * @example eachLike({ sku: 'A-1' })
 */
export const eachLike = <T>(template: T, min = 1): MinLikeMatcher<T[]> => ({
  min,
  'pact:matcher:type': 'type',
  value: copies(template, min),
});

/**
 * An array of at least one item, each like the template; `count` examples are written.
 * @example atLeastOneLike({ sku: 'A-1' }, 2)
 */
export const atLeastOneLike = <T>(template: T, count = 1): MinLikeMatcher<T[]> => ({
  min: 1,
  'pact:matcher:type': 'type',
  value: copies(template, count),
});

/**
 * An array of at least `min` items, each like the template.
 * @example atLeastLike('x', 2)
 * @throws TREATY_CONSUMER_INVALID_MATCHER when `count` is below `min`.
 */
export const atLeastLike = <T>(template: T, min: number, count?: number): MinLikeMatcher<T[]> => {
  checkCount('atLeastLike', count, min, Infinity);
  return { min, 'pact:matcher:type': 'type', value: copies(template, count || min) };
};

/**
 * An array of at most `max` items, each like the template.
 * @example atMostLike('x', 3)
 * @throws TREATY_CONSUMER_INVALID_MATCHER when `count` is above `max`.
 */
export const atMostLike = <T>(template: T, max: number, count?: number): MaxLikeMatcher<T[]> => {
  checkCount('atMostLike', count, 0, max);
  return { max, 'pact:matcher:type': 'type', value: copies(template, count || 1) };
};

/**
 * An array of between `min` and `max` items, each like the template.
 * @example constrainedArrayLike('x', 1, 5)
 * @throws TREATY_CONSUMER_INVALID_MATCHER when `count` is outside `min`..`max`.
 */
export const constrainedArrayLike = <T>(
  template: T,
  min: number,
  max: number,
  count?: number,
): MinLikeMatcher<T[]> & MaxLikeMatcher<T[]> => {
  checkCount('constrainedArrayLike', count, min, max);
  return { min, max, 'pact:matcher:type': 'type', value: copies(template, count || min) };
};

/**
 * An array that must contain an item matching each variant (in any order, among other items).
 * @example arrayContaining(like({ type: 'book' }), like({ type: 'pen' }))
 */
export function arrayContaining(...variants: unknown[]): ArrayContainsMatcher {
  return { 'pact:matcher:type': 'arrayContains', variants };
}
