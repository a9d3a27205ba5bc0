/** A consumer/provider pair by ids and names. */
export interface Relationship {
  consumerId: number;
  consumerName: string;
  providerId: number;
  providerName: string;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The Pact Broker's relationships CSV (what its network diagram reads): one row per pacticipant,
 * `id,name,1,1,0,order` followed by the ids of the providers it consumes, padded with 0 to the longest row.
 * @example relationshipsCsv([{ consumerId: 1, consumerName: 'Web', providerId: 2, providerName: 'Orders' }]) //
 *   '1,Web,1,1,0,1,2\n2,Orders,1,1,0,2,0\n'
 */
export function relationshipsCsv(relationships: readonly Relationship[]): string {
  const rows = new Map<number, (string | number)[]>();
  for (const r of relationships) {
    if (!rows.has(r.consumerId)) rows.set(r.consumerId, [r.consumerId, r.consumerName, 1, 1, 0, rows.size + 1]);
    if (!rows.has(r.providerId)) rows.set(r.providerId, [r.providerId, r.providerName, 1, 1, 0, rows.size + 1]);
    rows.get(r.consumerId)!.push(r.providerId);
  }
  const width = Math.max(0, ...[...rows.values()].map((row) => row.length));
  return [...rows.values()]
    .map((row) => [...row, ...Array<number>(width - row.length).fill(0)].map(csvField).join(',') + '\n')
    .join('');
}

/**
 * The relationships of the connected group that contains a pacticipant (breadth first, at most `max` pacticipants).
 * @example groupOf(all, 1).length
 */
export function groupOf(relationships: readonly Relationship[], pacticipantId: number, max = Infinity): Relationship[] {
  const members = new Set([pacticipantId]);
  const queue = [pacticipantId];
  while (queue.length > 0 && members.size < max) {
    const id = queue.shift()!;
    for (const r of relationships) {
      for (const next of r.consumerId === id ? [r.providerId] : r.providerId === id ? [r.consumerId] : []) {
        if (!members.has(next) && members.size < max) {
          members.add(next);
          queue.push(next);
        }
      }
    }
  }
  return relationships.filter((r) => members.has(r.consumerId) && members.has(r.providerId));
}
