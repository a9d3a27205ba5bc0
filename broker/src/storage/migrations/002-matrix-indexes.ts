import type { Migration } from './migration';

/** Indexes for finding a provider's integrations without scanning its publications. */
export const matrixIndexesMigration: Migration = {
  name: '002-matrix-indexes',
  statements: ['CREATE INDEX pact_versions_provider ON pact_versions (provider_id, consumer_id)'],
};
