import type { Command } from 'commander';
import { deleteWebhook } from '../api/webhooks';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

/** Register `treaty delete-webhook`. */
export function registerDeleteWebhookCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('delete-webhook')
    .description('delete a webhook')
    .requiredOption('--uuid <uuid>', 'the webhook UUID')
    .addHelpText('after', examples('treaty delete-webhook --uuid 9a1b...'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { uuid: string }) => {
    await deleteWebhook(brokerClientFrom(flags), flags.uuid);
    ctx.out(ctx.colors.green(`Webhook ${flags.uuid} deleted`));
  });
}
