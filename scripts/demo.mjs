#!/usr/bin/env node
// The whole Treaty flow on one machine, in well under a minute (run `npm run demo`, which builds first):
// a broker on a temporary SQLite file, two consumers' tests, publishing, provider verification with OpenAPI
// checks, a deployment, can-i-deploy saying yes, then a breaking provider change turning it to no.
// Every step prints the command a user would run. Everything started here is stopped at the end, on error and on
// Ctrl-C.
// It ends by printing the address of the broker's web UI; with `--keep` (`npm run demo -- --keep`) the broker stays up.
//
// `node scripts/demo.mjs --serve-provider [broken-mode]` is the provider process the demo starts: the example
// orders API plus the two endpoints `treaty verify` calls (provider states, and messages as Pact's message proxy).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const treatyBin = join(root, 'packages', 'cli', 'bin', 'treaty.js');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint(1);
const dim = paint(2);
const green = paint(32);
const red = paint(31);
const cyan = paint(36);

const keep = process.argv.includes('--keep');
const children = new Set();
let tempDir;
let interrupted = false;

// ---- the provider process -------------------------------------------------------------------------------------

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function send(res, status, body, headers = {}) {
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(body === undefined ? '' : JSON.stringify(body));
}

async function providerHarness(app, messageProviders, req, res) {
  const body = await readJson(req);
  if (req.url === '/_pact/provider-states') {
    const handler = app.stateHandlers[body.state];
    if (body.action === 'teardown' || !handler) return send(res, 200, {});
    return send(res, 200, (await handler(body.params ?? {})) ?? {});
  }
  const produce = messageProviders[body.description];
  if (!produce) return send(res, 404, { error: `no message "${body.description}"` });
  const produced = await produce({ description: body.description, providerStates: body.providerStates ?? [] });
  const metadata = produced.__pactMessageMetadata ?? {};
  const message = produced.__pactMessageMetadata ? produced.message : produced;
  send(res, 200, message, { 'pact-message-metadata': Buffer.from(JSON.stringify(metadata)).toString('base64') });
}

async function serveProvider(broken) {
  const orders = require('@treaty-examples/orders-api');
  const app = orders.createOrdersApp({ broken });
  const harness = { stateHandlers: orders.ordersStateHandlers(app.store) };
  const messageProviders = orders.ordersMessageProviders({ broken });
  const server = createServer((req, res) => {
    const handle =
      req.method === 'POST' && req.url?.startsWith('/_pact/')
        ? providerHarness(harness, messageProviders, req, res)
        : app.handler(req, res);
    Promise.resolve(handle).catch((error) => send(res, 500, { error: String(error?.message ?? error) }));
  });
  server.listen(0, '127.0.0.1', () =>
    process.stdout.write(`orders-api listening on http://127.0.0.1:${server.address().port}\n`),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

// ---- running commands ------------------------------------------------------------------------------------------

function show(display) {
  console.log(`${cyan('$')} ${bold(display)}`);
}

function indent(text) {
  return text
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Run a command to its end, printing what a user would type and (indented) what it printed. */
function run(display, command, args, { expectCode = 0, env = {}, quiet = false } = {}) {
  show(display);
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      if (!quiet || code !== expectCode) console.log(dim(indent(output)));
      const status = `  (exit ${code}, ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`;
      console.log(code === 0 ? green(status) : red(status));
      if (code !== expectCode) reject(new Error(`"${display}" exited with ${code}, expected ${expectCode}`));
      else resolve(output);
    });
  });
}

/** Start a long-running process and resolve with the first http URL it prints. */
function startServer(display, command, args) {
  show(display);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    const onData = (d) => {
      output += d;
      const url = /http:\/\/[\d.]+:\d+/.exec(output)?.[0];
      if (url) {
        console.log(dim(indent(output)));
        child.stdout.off('data', onData);
        resolve({ url, child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      children.delete(child);
      reject(new Error(`"${display}" exited with ${code} before it was ready:\n${output}`));
    });
  });
}

function stop(server) {
  return new Promise((resolve) => {
    if (!children.has(server.child)) return resolve();
    server.child.once('close', resolve);
    server.child.kill('SIGTERM');
  });
}

const treaty = (args, options) =>
  run(`treaty ${args.map(quote).join(' ')}`, process.execPath, [treatyBin, ...args], options);
const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

function step(number, title) {
  console.log(`\n${bold(`${number}. ${title}`)}`);
}

// ---- the demo --------------------------------------------------------------------------------------------------

async function verify(providerUrl, version, expectCode) {
  return treaty(
    [
      'verify',
      '--provider',
      'orders-api',
      '--provider-base-url',
      providerUrl,
      '--consumer-version-selectors',
      '{"mainBranch":true}',
      '--consumer-version-selectors',
      '{"deployedOrReleased":true}',
      '--openapi',
      'examples/orders-api/openapi.yaml',
      '--state-change-url',
      `${providerUrl}/_pact/provider-states`,
      '--messages-url',
      `${providerUrl}/_pact/messages`,
      '--provider-app-version',
      version,
      '--provider-version-branch',
      'main',
      '--publish-verification-results',
    ],
    { expectCode },
  );
}

/** Start the example gRPC inventory service and resolve with its port. */
function startGrpcProvider(display, args) {
  show(display);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'examples', 'grpc-provider', 'dist', 'main.js'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      const port = /grpc:\/\/[\d.]+:(\d+)/.exec(output)?.[1];
      if (port) resolve({ port, child });
    });
    child.stderr.on('data', (d) => (output += d));
    child.on(
      'close',
      (code) => (children.delete(child), reject(new Error(`"${display}" exited with ${code}:\n${output}`))),
    );
  });
}

/** gRPC with no plugin binary: a consumer test writes a protobuf-plugin pact, the provider is verified over gRPC. */
async function grpcStep(number) {
  step(number, 'gRPC, no plugin binary: inventory-web writes a gRPC pact, inventory-service is verified over gRPC');
  await run(
    'npx jest --selectProjects grpc-consumer',
    process.execPath,
    [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--selectProjects', 'grpc-consumer'],
    { quiet: true },
  );
  await treaty(['publish', 'examples/grpc-consumer/pacts', '--consumer-app-version', '1.0.0', '--branch', 'main']);
  const grpcProvider = await startGrpcProvider('# start inventory-service 1.0.0 (gRPC)', []);
  await treaty([
    'verify',
    '--provider',
    'inventory-service',
    '--transports',
    `grpc:${grpcProvider.port}`,
    '--provider-app-version',
    '1.0.0',
    '--provider-version-branch',
    'main',
    '--publish-verification-results',
  ]);
  await stop(grpcProvider);
}

async function demo() {
  const started = Date.now();
  tempDir = mkdtempSync(join(tmpdir(), 'treaty-demo-'));
  const database = join(tempDir, 'broker.db');

  step(1, 'Start a broker on a temporary SQLite file');
  const broker = await startServer(`treaty broker --port 0 --database ${database}`, process.execPath, [
    treatyBin,
    'broker',
    '--port',
    '0',
    '--database',
    database,
  ]);
  process.env.PACT_BROKER_BASE_URL = broker.url;
  show(`export PACT_BROKER_BASE_URL=${broker.url}`);

  step(2, 'Consumer teams run their contract tests (orders-web, shipping-service): pacts are written');
  await run(
    'npx jest --selectProjects orders-web shipping-service',
    process.execPath,
    [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--selectProjects', 'orders-web', 'shipping-service'],
    { quiet: true },
  );

  step(3, 'They publish the pacts to the broker');
  await treaty(['publish', 'examples/orders-web/pacts', '--consumer-app-version', '1.0.0', '--branch', 'main']);
  await treaty(['publish', 'examples/shipping-service/pacts', '--consumer-app-version', '2.3.0', '--branch', 'main']);

  step(
    4,
    'The provider team verifies orders-api 1.0.0 against both pacts and its OpenAPI document, ' +
      'and publishes the results',
  );
  const good = await startServer(
    '# start orders-api 1.0.0 (with its provider-state and message endpoints)',
    process.execPath,
    [fileURLToPath(import.meta.url), '--serve-provider'],
  );
  await verify(good.url, '1.0.0', 0);
  await stop(good);

  step(5, 'Everything is deployed to production');
  const deployToProduction = (pacticipant, version) =>
    treaty(['record-deployment', '--pacticipant', pacticipant, '--version', version, '--environment', 'production']);
  await treaty(['create-environment', '--name', 'production', '--display-name', 'Production', '--production']);
  await treaty(['can-i-deploy', '--pacticipant', 'orders-api', '--version', '1.0.0', '--to-environment', 'production']);
  await deployToProduction('orders-api', '1.0.0');
  await treaty(['can-i-deploy', '--pacticipant', 'orders-web', '--version', '1.0.0', '--to-environment', 'production']);
  await deployToProduction('orders-web', '1.0.0');
  await deployToProduction('shipping-service', '2.3.0');

  step(6, 'A breaking change: orders-api 1.1.0 sends `total` as a string. Verification fails and is published');
  const broken = await startServer('# start orders-api 1.1.0 (total sent as a string)', process.execPath, [
    fileURLToPath(import.meta.url),
    '--serve-provider',
    'wrong-type',
  ]);
  await verify(broken.url, '1.1.0', 1);
  await stop(broken);

  step(7, 'can-i-deploy now says no: the consumers in production would break');
  await treaty(
    ['can-i-deploy', '--pacticipant', 'orders-api', '--version', '1.1.0', '--to-environment', 'production'],
    { expectCode: 1 },
  );
  await grpcStep(8);

  console.log(
    `\n${green(bold('Demo finished'))} in ${((Date.now() - started) / 1000).toFixed(1)} s: orders-api 1.0.0 ` +
      `can be deployed, 1.1.0 cannot.`,
  );
  if (keep) {
    console.log(
      `\nThe broker's web UI: ${bold(`${broker.url}/`)}\nThe broker keeps running (--keep); press Ctrl-C to ` +
        `stop it and delete its data.`,
    );
    await new Promise(() => undefined); // the signal handler stops the broker and exits
  }
  await stop(broker);
  console.log(
    `\nThe broker's web UI was at ${bold(`${broker.url}/`)}; run ${bold('npm run demo -- --keep')} to leave ` +
      `it running and explore.`,
  );
}

async function cleanUp() {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) => {
          child.once('close', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

if (process.argv[2] === '--serve-provider') {
  await serveProvider(process.argv[3]);
} else {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = true;
      console.error(red(`\nInterrupted: stopping everything the demo started.`));
      void cleanUp().then(() => process.exit(130));
    });
  }
  try {
    await demo();
    await cleanUp();
  } catch (error) {
    if (interrupted) await new Promise(() => undefined); // the signal handler cleans up and exits
    console.error(red(`\ndemo failed: ${error.message}`));
    await cleanUp();
    process.exitCode = 1;
  }
}
