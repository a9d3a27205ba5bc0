import { coreMigration } from './001-core';
import type { Migration } from './migration';

/** Every migration, in order. Append new ones; never edit or reorder released ones. */
export const migrations: readonly Migration[] = [coreMigration];
