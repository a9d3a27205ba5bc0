import { MatchersV3 } from '@treaty/pact';

const { eachLike, integer, number, regex, string, iso8601DateTimeWithMillis } = MatchersV3;

/** An order as the orders API returns it, with the matchers this consumer relies on. */
export function orderTemplate(id: number | ReturnType<typeof integer> = integer(1)): Record<string, unknown> {
  return {
    id: typeof id === 'number' ? integer(id) : id,
    status: regex('^(pending|shipped|cancelled)$', 'pending'),
    items: eachLike({ sku: string('BOOK-1'), quantity: integer(2), price: number(12.5) }),
    total: number(25),
    createdAt: iso8601DateTimeWithMillis('2024-05-01T10:00:00.000Z'),
  };
}
