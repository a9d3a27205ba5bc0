import { parseArgs } from 'node:util';
import { brokerErrors } from './errors';
import type { StartBrokerOptions } from './options';

/** Usage text of `treaty-broker`. */
export const USAGE = `Usage: treaty-broker [options]

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
  --log                      JSON logs on stdout with a request id on every line
  --help                     show this help`;

function pair(value: string | undefined, flag: string): { username: string; password: string } | undefined {
  if (value === undefined) return undefined;
  const at = value.indexOf(':');
  if (at <= 0) throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([`${flag} must be user:password`]);
  return { username: value.slice(0, at), password: value.slice(at + 1) };
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([`${flag} must be a non-negative integer, got "${value}"`]);
  return n;
}

const list = (given: string[] | undefined, env: string | undefined) => (given?.length ? given : env ? env.split(',').map((s) => s.trim()).filter(Boolean) : []);

/**
 * Turn `treaty-broker` arguments and environment into broker options; `help` when --help was given.
 * @throws TreatyError TREATY_BROKER_INVALID_OPTIONS for unknown flags or bad values.
 */
export function readBinOptions(argv: readonly string[], env: NodeJS.ProcessEnv): { help: true } | { help: false; options: StartBrokerOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' }, host: { type: 'string' }, database: { type: 'string' }, 'database-url': { type: 'string' },
        token: { type: 'string', multiple: true }, 'read-token': { type: 'string', multiple: true }, 'basic-auth': { type: 'string' },
        'read-only-basic-auth': { type: 'string' }, 'public-read': { type: 'boolean' }, 'base-url': { type: 'string' },
        'webhook-scheme': { type: 'string', multiple: true }, 'webhook-host': { type: 'string', multiple: true }, 'webhook-poll-ms': { type: 'string' },
        'public-badges': { type: 'boolean' },
        log: { type: 'boolean' }, help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw brokerErrors.TREATY_BROKER_INVALID_OPTIONS([(error as Error).message.replace(/\.$/, '')]);
  }
  if (parsed.help) return { help: true };
  const writeTokens = list(parsed.token, env.TREATY_BROKER_TOKEN);
  const readTokens = list(parsed['read-token'], env.TREATY_BROKER_READ_TOKEN);
  const basic = pair(parsed['basic-auth'] ?? env.TREATY_BROKER_BASIC_AUTH, '--basic-auth');
  const readOnlyBasic = pair(parsed['read-only-basic-auth'] ?? env.TREATY_BROKER_READ_ONLY_BASIC_AUTH, '--read-only-basic-auth');
  const schemes = list(parsed['webhook-scheme'], env.TREATY_BROKER_WEBHOOK_SCHEMES);
  const hosts = list(parsed['webhook-host'], env.TREATY_BROKER_WEBHOOK_HOSTS);
  const options: StartBrokerOptions = {
    port: integer(parsed.port ?? env.PORT, '--port') ?? 9292,
    host: parsed.host ?? env.HOST ?? '127.0.0.1',
    database: parsed.database ?? env.TREATY_BROKER_DATABASE ?? './treaty-broker.db',
    databaseUrl: parsed['database-url'] ?? env.TREATY_BROKER_DATABASE_URL,
    auth: { writeTokens, readTokens, basic, readOnlyBasic },
    publicRead: parsed['public-read'] ?? env.TREATY_BROKER_PUBLIC_READ === 'true',
    publicBadges: parsed['public-badges'] ?? env.TREATY_BROKER_PUBLIC_BADGES === 'true',
    baseUrl: parsed['base-url'] ?? env.TREATY_BROKER_BASE_URL,
    webhooks: {
      ...(schemes.length ? { allowedSchemes: schemes } : {}),
      ...(hosts.length ? { allowedHosts: hosts } : {}),
      pollIntervalMs: integer(parsed['webhook-poll-ms'], '--webhook-poll-ms'),
    },
    logger: parsed.log ? { level: 'info' } : false,
  };
  return { help: false, options };
}
