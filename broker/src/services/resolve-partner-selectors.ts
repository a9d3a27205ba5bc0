import type { MatrixSelector } from '../domain/matrix-query';
import type { ResolvedSelector } from '../domain/matrix-types';
import type { Database } from '../storage/database';
import { versionsInEnvironmentOf } from '../storage/repositories/version-sets';
import { asksForVersion, describeResolved, resolveMatrixSelector } from './resolve-matrix-selector';

/** A pacticipant can-i-deploy infers a selector for: one it has pacts with. */
export interface Partner {
  id: number;
  name: string;
}

/**
 * Resolve the same target (environment, latest, tag, main branch) for every partner: one query for an environment
 * target, otherwise one lookup per partner, run side by side.
 */
export async function resolvePartnerSelectors(
  db: Database,
  partners: readonly Partner[],
  target: Omit<MatrixSelector, 'pacticipant'>,
): Promise<ResolvedSelector[]> {
  const environment = target.environment;
  if (environment === undefined)
    return Promise.all(partners.map(({ name }) => resolveMatrixSelector(db, { pacticipant: name, ...target }, false)));
  const versions = await versionsInEnvironmentOf(
    db,
    partners.map(({ id }) => id),
    environment,
  );
  return partners.map(({ id, name }) => {
    const selector = { pacticipant: name, ...target };
    const found = versions.get(id) ?? [];
    const ids = found.map((v) => v.id);
    const description = describeResolved(
      selector,
      ids,
      found.map((v) => v.number),
    );
    return {
      pacticipantName: name,
      pacticipantId: id,
      versionIds: ids,
      description,
      specified: false,
      missing: asksForVersion(selector) && ids.length === 0,
    };
  });
}
