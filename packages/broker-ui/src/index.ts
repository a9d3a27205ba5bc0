import { join } from 'node:path';

/**
 * The folder holding the built web UI (`index.html` and `assets/`), written by this package's `npm run build`.
 * The broker serves these files; nothing here is fetched at run time.
 * @example readFileSync(join(clientDir(), 'index.html'), 'utf8')
 */
export function clientDir(): string {
  return join(__dirname, 'client');
}

export type { IntegrationSummary } from './api-types';
