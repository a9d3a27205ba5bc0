import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createOrUpdateWebhook } from '../api/webhooks';
import type { CommandContext } from '../io';
import { render } from '../output/render';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples, formatOption } from './command-output';
import { addWebhookOptions, webhookSpec, type WebhookFlags } from './webhook-options';

const example = examples(
  'treaty create-or-update-webhook https://ci.example.com/build --uuid "$(treaty generate-uuid)" --provider ' +
    'orders-api --contract-content-changed',
);

/** Register `treaty create-or-update-webhook`. */
export function registerCreateOrUpdateWebhookCommand(program: Command, ctx: CommandContext): void {
  const command = addWebhookOptions(
    program.command('create-or-update-webhook').description('create the webhook with this UUID, or replace it'),
  )
    .requiredOption('--uuid <uuid>', 'the webhook UUID (make one with treaty generate-uuid)')
    .addOption(formatOption('text'))
    .addHelpText('after', example);
  addBrokerOptions(command).action(
    async (url: string, flags: WebhookFlags & BrokerConnectionOptions & { uuid: string; output: string }) => {
      const spec = webhookSpec(url, flags, (file) => readFileSync(resolve(ctx.cwd, file), 'utf8'));
      const { created, webhook } = await createOrUpdateWebhook(brokerClientFrom(flags), flags.uuid, spec);
      if (flags.output !== 'text') return render(ctx, flags.output, { json: webhook });
      ctx.out(
        ctx.colors.green(
          `Webhook ${JSON.stringify(flags.description ?? webhook.description ?? url)} ` +
            (created ? 'created' : 'updated'),
        ),
      );
    },
  );
}
