import { parseArgs } from 'node:util';
import { brokerErrors } from './errors';
import type { PostgresOptions, StartBrokerOptions, TimeoutOptions } from './options';

/** Usage text of `treaty-broker`. */
export const USAGE =
  `Usage: treaty-broker [options]

  --port <n>                 port (env PORT; default 9292; 0 picks a free one)
  --host <host>              host to bind (env HOST; default 127.0.0.1)
  --database <file>          SQLite file (env TREATY_BROKER_DATABASE; default ./treaty-broker.db)
  --database-url <url>       PostgreSQL URL instead of SQLite (env TREATY_BROKER_DATABASE_URL)
  --token <t>                bearer token with write access, repeatable (env TREATY_BROKER_TOKEN)
  --read-token <t>           bearer token with read access, repeatable (env TREATY_BROKER_READ_TOKEN)
  --basic-auth <user:pass>   Basic auth with write access (env TREATY_BROKER_BASIC_AUTH)
  --read-only-basic-auth <user:pass>  Basic auth with read access (env TREATY_BROKER_READ_ONLY_BASIC_AUTH)
  --public-read              allow unauthenticated reads (env TREATY_BROKER_PUBLIC_READ=true)
  --public-badges            allow unauthenticated badge reads (env TREATY_BROKER_PUBLIC_BADGES=true)
  --base-url <url>           URL links are built from (env TREATY_BROKER_BASE_URL)
  --webhook-scheme <s>       allowed webhook scheme, repeatable (default https)
  --webhook-host <h>         allowed webhook host, repeatable (default any)
  --webhook-poll-ms <n>      webhook queue poll interval (default 1000)
  --webhook-allow-private    let webhooks call loopback, private and link-local addresses (env ` +
  `TREATY_BROKER_WEBHOOK_ALLOW_PRIVATE=true)
  --admin-token <t>          bootstrap bearer token with the admin role, repeatable (env TREATY_BROKER_ADMIN_TOKEN)
  --secrets-key <key>        32-byte base64/hex key encrypting webhook secrets (env TREATY_BROKER_SECRETS_KEY)
  --headers-timeout-ms <n>   time to send request headers (env TREATY_BROKER_HEADERS_TIMEOUT_MS; default 10000)
  --request-timeout-ms <n>   time to send a whole request (env TREATY_BROKER_REQUEST_TIMEOUT_MS; default 60000)
  --keep-alive-timeout-ms <n> idle keep-alive time (env TREATY_BROKER_KEEP_ALIVE_TIMEOUT_MS; default 5000)
  --statement-timeout-ms <n> PostgreSQL statement timeout (env TREATY_BROKER_STATEMENT_TIMEOUT_MS; default 15000)
  --pool-max <n>             PostgreSQL connections per process (env TREATY_BROKER_POOL_MAX; default 10)
  --log                      JSON logs on stdout with a request id on every line
  --help                     show this help

Secrets given as flags show in the process list: prefer the environment variables.`;

function pair(value: string | undefined, flag: string): { username: string; password: string } | undefined {
  if (value === undefined) return undefined;
  const at = value.indexOf(':');
  if (at <= 0) throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([`${flag} must be user:password`]);
  return { username: value.slice(0, at), password: value.slice(at + 1) };
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([`${flag} must be a non-negative integer, got "${value}"`]);
  return n;
}

const list = (given: string[] | undefined, env: string | undefined) =>
  given?.length
    ? given
    : env
      ? env
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

/**
 * Turn `treaty-broker` arguments and environment into broker options; `help` when --help was given.
 * @throws TreatyError TREATY_BROKER_INVALID_OPTIONS for unknown flags or bad values.
 */
export function readBinOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { help: true } | { help: false; options: StartBrokerOptions; warnings: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        database: { type: 'string' },
        'database-url': { type: 'string' },
        token: { type: 'string', multiple: true },
        'read-token': { type: 'string', multiple: true },
        'basic-auth': { type: 'string' },
        'read-only-basic-auth': { type: 'string' },
        'public-read': { type: 'boolean' },
        'base-url': { type: 'string' },
        'public-badges': { type: 'boolean' },
        'webhook-scheme': { type: 'string', multiple: true },
        'webhook-host': { type: 'string', multiple: true },
        'webhook-poll-ms': { type: 'string' },
        'webhook-allow-private': { type: 'boolean' },
        'admin-token': { type: 'string', multiple: true },
        'secrets-key': { type: 'string' },
        'headers-timeout-ms': { type: 'string' },
        'request-timeout-ms': { type: 'string' },
        'keep-alive-timeout-ms': { type: 'string' },
        'statement-timeout-ms': { type: 'string' },
        'pool-max': { type: 'string' },
        log: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([(error as Error).message.replace(/\.$/, '')]);
  }
  if (parsed.help) return { help: true };
  const writeTokens = list(parsed.token, env.TREATY_BROKER_TOKEN);
  const readTokens = list(parsed['read-token'], env.TREATY_BROKER_READ_TOKEN);
  const basic = pair(parsed['basic-auth'] ?? env.TREATY_BROKER_BASIC_AUTH, '--basic-auth');
  const readOnlyBasic = pair(
    parsed['read-only-basic-auth'] ?? env.TREATY_BROKER_READ_ONLY_BASIC_AUTH,
    '--read-only-basic-auth',
  );
  const schemes = list(parsed['webhook-scheme'], env.TREATY_BROKER_WEBHOOK_SCHEMES);
  const hosts = list(parsed['webhook-host'], env.TREATY_BROKER_WEBHOOK_HOSTS);
  const options: StartBrokerOptions = {
    port: integer(parsed.port ?? env.PORT, '--port') ?? 9292,
    host: parsed.host ?? env.HOST ?? '127.0.0.1',
    database: parsed.database ?? env.TREATY_BROKER_DATABASE ?? './treaty-broker.db',
    databaseUrl: parsed['database-url'] ?? env.TREATY_BROKER_DATABASE_URL,
    auth: {
      writeTokens,
      readTokens,
      basic,
      readOnlyBasic,
      adminTokens: list(parsed['admin-token'], env.TREATY_BROKER_ADMIN_TOKEN),
    },
    secretsKey: parsed['secrets-key'] ?? env.TREATY_BROKER_SECRETS_KEY,
    timeouts: timeoutsOf(parsed, env),
    postgres: postgresOf(parsed, env),
    publicRead: parsed['public-read'] ?? env.TREATY_BROKER_PUBLIC_READ === 'true',
    publicBadges: parsed['public-badges'] ?? env.TREATY_BROKER_PUBLIC_BADGES === 'true',
    baseUrl: parsed['base-url'] ?? env.TREATY_BROKER_BASE_URL,
    webhooks: {
      ...(schemes.length ? { allowedSchemes: schemes } : {}),
      ...(hosts.length ? { allowedHosts: hosts } : {}),
      pollIntervalMs: integer(parsed['webhook-poll-ms'], '--webhook-poll-ms'),
      allowPrivateDestinations: parsed['webhook-allow-private'] ?? env.TREATY_BROKER_WEBHOOK_ALLOW_PRIVATE === 'true',
    },
    logger: parsed.log ? { level: 'info' } : false,
  };
  return { help: false, options, warnings: secretFlagWarnings(parsed) };
}

type Parsed = Record<string, string | boolean | string[] | undefined>;

const numberFrom = (parsed: Parsed, env: NodeJS.ProcessEnv, flag: string, variable: string) =>
  integer((parsed[flag] as string | undefined) ?? env[variable], `--${flag}`);

function timeoutsOf(parsed: Parsed, env: NodeJS.ProcessEnv): TimeoutOptions {
  return {
    headersMs: numberFrom(parsed, env, 'headers-timeout-ms', 'TREATY_BROKER_HEADERS_TIMEOUT_MS'),
    requestMs: numberFrom(parsed, env, 'request-timeout-ms', 'TREATY_BROKER_REQUEST_TIMEOUT_MS'),
    keepAliveMs: numberFrom(parsed, env, 'keep-alive-timeout-ms', 'TREATY_BROKER_KEEP_ALIVE_TIMEOUT_MS'),
  };
}

function postgresOf(parsed: Parsed, env: NodeJS.ProcessEnv): PostgresOptions {
  return {
    statementTimeoutMs: numberFrom(parsed, env, 'statement-timeout-ms', 'TREATY_BROKER_STATEMENT_TIMEOUT_MS'),
    poolMax: numberFrom(parsed, env, 'pool-max', 'TREATY_BROKER_POOL_MAX'),
  };
}

const SECRET_FLAGS: Record<string, string> = {
  token: 'TREATY_BROKER_TOKEN',
  'read-token': 'TREATY_BROKER_READ_TOKEN',
  'admin-token': 'TREATY_BROKER_ADMIN_TOKEN',
  'basic-auth': 'TREATY_BROKER_BASIC_AUTH',
  'read-only-basic-auth': 'TREATY_BROKER_READ_ONLY_BASIC_AUTH',
  'secrets-key': 'TREATY_BROKER_SECRETS_KEY',
};

// Command-line arguments are readable by every user of the machine (`ps`); environment variables are not.
function secretFlagWarnings(parsed: Parsed): string[] {
  return Object.entries(SECRET_FLAGS)
    .filter(([flag]) => parsed[flag] !== undefined)
    .map(
      ([flag, variable]) =>
        `Warning: --${flag} is visible to other users in the process list (ps); set ${variable} instead.`,
    );
}
