import type { Migration } from './migration';

// Rows that were current together (left by the race this migration closes) keep only the newest one current.
const UNDEPLOY_OLDER_DUPLICATES = `UPDATE deployed_versions SET undeployed_at = created_at
  WHERE undeployed_at IS NULL AND EXISTS (SELECT 1 FROM deployed_versions newer
    WHERE newer.pacticipant_id = deployed_versions.pacticipant_id
    AND newer.environment_id = deployed_versions.environment_id
      AND COALESCE(newer.application_instance, '') = COALESCE(deployed_versions.application_instance, '')
      AND newer.undeployed_at IS NULL AND newer.id > deployed_versions.id)`;

/**
 * One current deployment per (pacticipant, environment, application instance), enforced by a partial unique index.
 * The pacticipant is copied onto the row because an index cannot reach through the version.
 */
export const oneCurrentDeploymentMigration: Migration = {
  name: '201-one-current-deployment',
  statements: [
    'ALTER TABLE deployed_versions ADD COLUMN pacticipant_id INTEGER REFERENCES pacticipants(id) ON DELETE CASCADE',
    'UPDATE deployed_versions SET pacticipant_id = (SELECT v.pacticipant_id FROM versions v WHERE v.id = ' +
      'deployed_versions.version_id)',
    UNDEPLOY_OLDER_DUPLICATES,
    `CREATE UNIQUE INDEX deployed_versions_one_current ON deployed_versions (pacticipant_id, environment_id,
      COALESCE(application_instance, ''))
      WHERE undeployed_at IS NULL`,
  ],
};
