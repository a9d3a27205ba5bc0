import type { Database } from '../../storage/database';
import { integrationRows } from './integration-rows';

const STATUS_CODE = { passed: 0, failed: 1, unverified: 2 } as const;

/**
 * The whole network in a compact shape for the graph page: node names, and edges as
 * `[consumerIndex, providerIndex, status]` with status 0 passed, 1 failed, 2 unverified.
 * @example const { nodes, edges } = await graphView(db);
 */
export async function graphView(db: Database): Promise<{ nodes: string[]; edges: Array<[number, number, number]> }> {
  const rows = await integrationRows(db);
  const index = new Map<string, number>();
  const at = (name: string) => {
    if (!index.has(name)) index.set(name, index.size);
    return index.get(name) as number;
  };
  const edges = rows.map((row): [number, number, number] => [
    at(row.consumer),
    at(row.provider),
    STATUS_CODE[row.status],
  ]);
  return { nodes: [...index.keys()], edges };
}
