import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '@treaty/cli';
import { cleanEnv, type TreatyRun } from './support/run-treaty';
import { publishVerification, startTestBroker, type TestBroker } from './support/test-broker';

// Slow (npm pack + npm install): it proves that CI jobs get the client commands without @treaty/broker or any native
// module.
jest.setTimeout(300_000);

const repoRoot = resolve(__dirname, '..', '..', '..');
/** Where each workspace package lives, by name. */
function workspaceDirs(): Map<string, string> {
  const dirs = ['broker', ...readdirSync(join(repoRoot, 'packages')).map((name) => join('packages', name))];
  const byName = new Map<string, string>();
  for (const d of dirs) {
    const manifest = join(repoRoot, d, 'package.json');
    if (existsSync(manifest)) byName.set(JSON.parse(readFileSync(manifest, 'utf8')).name, d);
  }
  return byName;
}

/** `name` and every workspace package it depends on at run time (dependencies only, not peers or dev ones). */
function runtimeClosure(name: string, dirs: Map<string, string>, seen = new Set<string>()): string[] {
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join(repoRoot, dirs.get(name)!, 'package.json'), 'utf8'));
  for (const dep of Object.keys(manifest.dependencies ?? {}))
    if (dirs.has(dep) && !seen.has(dep)) runtimeClosure(dep, dirs, seen);
  return [...seen];
}

// Derived, not listed: a new internal dependency of the CLI is packed without editing this test.
const workspaces = runtimeClosure('@treaty/cli', workspaceDirs());
const dir = mkdtempSync(join(tmpdir(), 'treaty-light-cli-'));
const app = join(dir, 'app');
let broker: TestBroker;
let installed: string[];

function npm(args: string[], cwd: string): string {
  const env = cleanEnv({ npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
}

/** Every file under `root` (following no symlinks). */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function treaty(args: string[]): Promise<TreatyRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(app, 'node_modules', '@treaty', 'cli', 'bin', 'treaty.js'), ...args], {
      cwd: app,
      env: cleanEnv(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  const packed = JSON.parse(
    npm(['pack', '--json', '--pack-destination', dir, ...workspaces.flatMap((w) => ['-w', w])], repoRoot),
  ) as Array<{ filename: string }>;
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ci-job', private: true, version: '1.0.0' }));
  // Every tarball at once so the internal dependencies resolve to them; only the CLI's own dependencies come from the
  // registry.
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.map((p) => join(dir, p.filename))], app);
  installed = npm(['ls', '--all', '--parseable'], app).split('\n').filter(Boolean);
  expect(installed.length).toBeGreaterThan(workspaces.length);
  broker = await startTestBroker();
});
afterAll(async () => {
  await broker?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('@treaty/cli installed alone from its tarballs', () => {
  it('has neither @treaty/broker nor a native module in its tree', () => {
    expect(installed.some((path) => path.endsWith(join('@treaty', 'cli')))).toBe(true);
    const names = installed.map((path) => path.split(/node_modules[\\/]/).pop() as string);
    expect(names).not.toContain('@treaty/broker');
    for (const native of ['better-sqlite3', 'pg', 'pg-native', 'fastify', 'node-gyp-build', 'prebuild-install'])
      expect(names).not.toContain(native);
    const nativeFiles = installed
      .filter((path) => path !== app && existsSync(path) && statSync(path).isDirectory())
      .flatMap((path) => filesUnder(path).filter((file) => file.endsWith('.node') || file.endsWith('binding.gyp')));
    expect(nativeFiles).toEqual([]);
  });

  it('runs can-i-deploy against a broker', async () => {
    const pacts = join(__dirname, 'fixtures', 'contracts');
    const env = cleanEnv();
    expect(
      await runCli({
        args: ['publish', pacts, '--consumer-app-version', '1.0.0', '-b', broker.url],
        env,
        stdout: sink(),
        stderr: sink(),
      }),
    ).toBe(0);
    const ask = ['can-i-deploy', '--pacticipant', 'web-app', '--version', '1.0.0', '--broker-base-url', broker.url];
    const before = await treaty(ask);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('Computer says no');
    await publishVerification(broker.url, {
      consumer: 'web-app',
      consumerVersion: '1.0.0',
      provider: 'users-api',
      providerVersion: '2.0.0',
      success: true,
    });
    const after = await treaty(ask);
    expect(after).toMatchObject({ code: 0, stderr: '' });
    expect(after.stdout).toContain('Computer says yes');
  });

  it('says how to add the broker when `treaty broker` is run without it', async () => {
    const run = await treaty(['broker', '--port', '0']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'treaty: Failed to start the broker: @treaty/broker is not installed. Run npm install @treaty/broker.\n',
    );
  });
});

function sink(): NodeJS.WritableStream {
  return new Writable({ write: (_chunk, _enc, done) => done() });
}
