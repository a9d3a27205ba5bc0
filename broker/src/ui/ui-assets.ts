import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientDir } from '@treaty/broker-ui';

/** One built file, kept in memory with its gzip form. */
export interface UiAsset {
  readonly type: string;
  readonly body: Buffer;
  readonly gzip: Buffer;
}

/** The UI's page shell and its hashed assets (`/ui/assets/<name>`). */
export interface UiAssets {
  readonly shell: UiAsset;
  readonly files: ReadonlyMap<string, UiAsset>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function asset(path: string): UiAsset {
  const body = readFileSync(path);
  return { type: TYPES[extname(path)] ?? 'application/octet-stream', body, gzip: gzipSync(body) };
}

const MISSING_SHELL =
  '<!doctype html><html lang="en"><head><title>Treaty broker</title></head><body><main><h1>Treaty broker</h1>' +
  '<p>The web UI has not been built. Run <code>npm run build</code> in the repository, then restart the broker.</p>' +
  '</main></body></html>';

/**
 * Read the built UI (a handful of files) into memory once, so serving a page is a map lookup.
 * When the UI was never built the shell says how to build it.
 * @example const assets = loadUiAssets(); assets.files.get('main-ABC.js')
 */
export function loadUiAssets(dir: string = clientDir()): UiAssets {
  const shellPath = join(dir, 'index.html');
  if (!existsSync(shellPath)) {
    const body = Buffer.from(MISSING_SHELL);
    return { shell: { type: TYPES['.html'], body, gzip: gzipSync(body) }, files: new Map() };
  }
  const files = new Map<string, UiAsset>();
  for (const name of readdirSync(join(dir, 'assets'))) files.set(name, asset(join(dir, 'assets', name)));
  return { shell: asset(shellPath), files };
}
