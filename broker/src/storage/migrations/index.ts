import { coreMigration } from './001-core';
import { matrixIndexesMigration } from './002-matrix-indexes';
import type { Migration } from './migration';
import { webhooksMigration } from './101-webhooks';
import { providerContractsMigration } from './102-provider-contracts';
import { oneCurrentDeploymentMigration } from './201-one-current-deployment';
import { accessControlMigration } from './202-access-control';

/** Every migration, in order. Append new ones; never edit or reorder released ones. */
export const migrations: readonly Migration[] = [
  coreMigration,
  matrixIndexesMigration,
  webhooksMigration,
  providerContractsMigration,
  oneCurrentDeploymentMigration,
  accessControlMigration,
];
