import type { Command } from 'commander';
import { WEBHOOK_EVENT_FLAGS, type WebhookSpec } from '../api/webhooks';

/** The flags of `create-webhook` and `create-or-update-webhook`, as commander parses them. */
export type WebhookFlags = Omit<WebhookSpec, 'url' | 'events'> & Record<string, unknown>;

/** Add the official CLI's webhook flags: request, headers, body, basic auth, scope and events. */
export function addWebhookOptions(command: Command): Command {
  command
    .argument('<url>', 'the URL the webhook calls')
    .option('-X, --request <method>', 'HTTP method (default POST)')
    .option('-H, --header <header...>', "header(s), 'Name: value' (repeatable)")
    .option('-d, --data <data>', 'the request body (JSON or text; @file reads a file)')
    .option('--user <user:password>', 'Basic auth for the webhook request')
    .option('--consumer <name>', 'only for pacts of this consumer')
    .option('--consumer-label <label>', 'only for consumers with this label')
    .option('--provider <name>', 'only for pacts of this provider')
    .option('--provider-label <label>', 'only for providers with this label')
    .option('--description <text>', 'a description')
    .option('--team-uuid <uuid>', 'PactFlow team (accepted, ignored by Treaty)');
  for (const flag of Object.keys(WEBHOOK_EVENT_FLAGS)) {
    command.option(
      `--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      `trigger on ${WEBHOOK_EVENT_FLAGS[flag]}`,
    );
  }
  return command;
}

/** The webhook spec from the URL argument and the parsed flags. */
export function webhookSpec(url: string, flags: WebhookFlags, readData: (file: string) => string): WebhookSpec {
  const events = Object.entries(WEBHOOK_EVENT_FLAGS)
    .filter(([flag]) => flags[flag] === true)
    .map(([, event]) => event);
  const data =
    typeof flags.data === 'string' && flags.data.startsWith('@') ? readData(flags.data.slice(1)) : flags.data;
  return { ...flags, url, data, events, header: flags.header, teamUuid: undefined };
}
