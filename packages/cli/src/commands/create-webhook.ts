import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createWebhook } from '../api/webhooks';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';
import { addWebhookOptions, webhookSpec, type WebhookFlags } from './webhook-options';

const example = examples(
  `treaty create-webhook https://ci.example.com/build -X POST -H 'Content-Type: application/json' -d ` +
    `'{"ref":"main"}' --provider orders-api --contract-requiring-verification-published`,
);

/** Register `treaty create-webhook`. */
export function registerCreateWebhookCommand(program: Command, ctx: CommandContext): void {
  const command = addWebhookOptions(program.command('create-webhook').description('create a webhook'))
    .addOption(formatOption('text'))
    .addHelpText('after', example);
  addBrokerOptions(command).action(
    async (url: string, flags: WebhookFlags & BrokerConnectionOptions & { output: string }) => {
      const spec = webhookSpec(url, flags, (file) => readFileSync(resolve(ctx.cwd, file), 'utf8'));
      const webhook = await createWebhook(brokerClientFrom(flags), spec);
      if (flags.output !== 'text') return render(ctx, flags.output, { json: webhook });
      ctx.out(ctx.colors.green(`Webhook ${JSON.stringify(flags.description ?? webhook.description ?? url)} created`));
    },
  );
}
