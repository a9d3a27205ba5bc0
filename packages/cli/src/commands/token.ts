import type { Command } from 'commander';
import type { BrokerClient } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, outputOption, type BrokerConnectionOptions } from './broker-options';

// Typed from the factory, so this file works with whichever broker client `broker-options.ts` builds.

interface TokenFlags extends BrokerConnectionOptions {
  output: string;
}

interface CreateFlags extends TokenFlags {
  name: string;
  role: string;
  expiresInDays?: string;
  expiresAt?: string;
}

interface TokenJson {
  uuid: string;
  name: string;
  role: string;
  active: boolean;
  expiresAt: string | null;
  revokedAt: string | null;
  token?: string;
}

const note = `
The broker needs an admin credential (its bootstrap --admin-token, or a token with the admin role).
Pass it in PACT_BROKER_TOKEN rather than -k: command-line arguments show in the process list.`;

const examples = {
  create: `
Examples:
  $ treaty token create --name ci-publisher --role write --expires-in-days 90 -b https://broker.example.com
  $ treaty token create --name dashboards --role read --output token   # prints only the secret${note}`,
  list: `
Examples:
  $ treaty token list -b https://broker.example.com
  $ treaty token list --output json${note}`,
  revoke: `
Examples:
  $ treaty token revoke ci-publisher                                   # by name or uuid; refused at once
  $ treaty token revoke 4b0c0d2e-8a8f-4b55-9d5e-0a4a3e0a9c11${note}`,
};

const tokensUrl = (client: BrokerClient) => `${client.baseUrl}/admin/tokens`;

async function createToken(ctx: CommandContext, flags: CreateFlags): Promise<void> {
  const days = flags.expiresInDays === undefined ? undefined : Number(flags.expiresInDays);
  if (days !== undefined && !(days > 0))
    throw cliErrors.TREATY_CLI_USAGE([`--expires-in-days must be a positive number, got "${flags.expiresInDays}"`]);
  const body = { name: flags.name, role: flags.role, expiresInDays: days, expiresAt: flags.expiresAt };
  const client = brokerClientFrom(flags);
  const token = (await client.post(tokensUrl(client), body, `create API token ${flags.name}`)) as unknown as TokenJson;
  if (flags.output === 'json') return ctx.out(JSON.stringify(token, null, 2));
  if (flags.output === 'token') return ctx.out(token.token ?? '');
  ctx.out(
    ctx.colors.green(
      `Created API token ${token.name} ` +
        `(${token.role}${token.expiresAt ? `, expires ${token.expiresAt}` : ''}) with uuid ${token.uuid}`,
    ),
  );
  ctx.out(token.token ?? '');
  ctx.err('Store the token now: the broker keeps only its hash and cannot show it again.');
}

async function listTokens(client: BrokerClient): Promise<TokenJson[]> {
  const page = (await client.get(tokensUrl(client), 'list API tokens')) as { _embedded?: { tokens?: TokenJson[] } };
  return page._embedded?.tokens ?? [];
}

async function printTokens(ctx: CommandContext, flags: TokenFlags): Promise<void> {
  const tokens = await listTokens(brokerClientFrom(flags));
  if (flags.output === 'json') return ctx.out(JSON.stringify(tokens, null, 2));
  for (const t of tokens) {
    const state = t.revokedAt
      ? `revoked ${t.revokedAt}`
      : t.active
        ? t.expiresAt
          ? `expires ${t.expiresAt}`
          : 'active'
        : `expired ${t.expiresAt}`;
    ctx.out(`${t.uuid}  ${t.name.padEnd(24)} ${t.role.padEnd(6)} ${state}`);
  }
}

async function revokeToken(ctx: CommandContext, nameOrUuid: string, flags: TokenFlags): Promise<void> {
  const client = brokerClientFrom(flags);
  const tokens = await listTokens(client);
  const token = tokens.find((t) => t.uuid === nameOrUuid) ?? tokens.find((t) => t.name === nameOrUuid && !t.revokedAt);
  if (!token)
    throw cliErrors.TREATY_CLI_USAGE([`no API token is named or has the uuid "${nameOrUuid}" (see treaty token list)`]);
  await client.delete(`${tokensUrl(client)}/${encodeURIComponent(token.uuid)}`, `revoke API token ${token.name}`);
  ctx.out(ctx.colors.green(`Revoked API token ${token.name} (${token.uuid})`));
}

/** Register `treaty token create|list|revoke`: named API tokens of a Treaty broker (admin role needed). */
export function registerTokenCommand(program: Command, ctx: CommandContext): void {
  const token = program.command('token').description('create, list and revoke named API tokens of a Treaty broker');
  const create = token
    .command('create')
    .description('create a token with a role; prints the secret once')
    .requiredOption('--name <name>', 'a name people recognise, e.g. the pipeline using it')
    .requiredOption('--role <role>', 'read, write or admin')
    .option('--expires-in-days <days>', 'expire the token after this many days')
    .option('--expires-at <time>', 'expire the token at this ISO-8601 time')
    .addOption(outputOption(['text', 'json', 'token'], 'text'))
    .addHelpText('after', examples.create);
  addBrokerOptions(create).action((flags: CreateFlags) => createToken(ctx, flags));
  const list = token
    .command('list')
    .description('list tokens (never their secrets)')
    .addOption(outputOption(['text', 'json'], 'text'))
    .addHelpText('after', examples.list);
  addBrokerOptions(list).action((flags: TokenFlags) => printTokens(ctx, flags));
  const revoke = token
    .command('revoke <name-or-uuid>')
    .description('revoke a token; the broker refuses it from the next request')
    .addOption(outputOption(['text'], 'text'))
    .addHelpText('after', examples.revoke);
  addBrokerOptions(revoke).action((nameOrUuid: string, flags: TokenFlags) => revokeToken(ctx, nameOrUuid, flags));
}
