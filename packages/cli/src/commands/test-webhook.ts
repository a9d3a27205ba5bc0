import type { Command } from 'commander';
import { testWebhook } from '../api/webhooks';
import { ExitCode } from '../exit-codes';
import type { CommandContext } from '../io';
import { addBrokerOptions, brokerClientFrom, type BrokerConnectionOptions } from './broker-options';
import { examples } from './command-output';

interface Execution {
  success?: boolean;
  request?: { method?: string; url?: string };
  response?: { status?: number; body?: unknown } | null;
  error?: string;
}

/** Register `treaty test-webhook`. */
export function registerTestWebhookCommand(program: Command, ctx: CommandContext): void {
  const command = program
    .command('test-webhook')
    .description('run a webhook once now with sample data and show what it got back (exit 1 when the call failed)')
    .requiredOption('--uuid <uuid>', 'the webhook UUID')
    .addHelpText('after', examples('treaty test-webhook --uuid 9a1b...'));
  addBrokerOptions(command).action(async (flags: BrokerConnectionOptions & { uuid: string }) => {
    const execution = (await testWebhook(brokerClientFrom(flags), flags.uuid)) as Execution;
    const request = `${execution.request?.method ?? 'POST'} ${execution.request?.url ?? ''}`;
    const outcome = execution.response ? `HTTP ${execution.response.status}` : (execution.error ?? 'no response');
    const line = `Webhook ${flags.uuid}: ${request} -> ${outcome}`;
    ctx.out(execution.success ? ctx.colors.green(line) : ctx.colors.red(line));
    if (execution.response?.body !== undefined && execution.response.body !== null && execution.response.body !== '') {
      ctx.out(
        typeof execution.response.body === 'string'
          ? execution.response.body
          : JSON.stringify(execution.response.body, null, 2),
      );
    }
    ctx.setExitCode(execution.success ? ExitCode.ok : ExitCode.failed);
  });
}
