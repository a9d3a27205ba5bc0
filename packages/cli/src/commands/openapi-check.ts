import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readPactFile } from '../api/read-pact-files';
import { cliErrors } from '../errors';
import { ExitCode } from '../exit-codes';
import type { CommandContext } from '../io';
import { outputOption } from './broker-options';

interface CheckFlags {
  pact: string;
  spec: string;
  output: string;
}

const examples = `
Examples:
  $ treaty openapi check --pact pacts/orders-web-orders-api.json --spec openapi.yaml
  $ treaty openapi check --pact pacts/orders-web-orders-api.json --spec https://api.example.com/openapi.json --output json

Exit codes: 0 the pact fits the document, 1 it does not, 2 bad input.`;

/** Register `treaty openapi check`. */
export function registerOpenApiCommand(program: Command, ctx: CommandContext): void {
  const openapi = program.command('openapi').description('OpenAPI tools');
  openapi
    .command('check')
    .description('check a pact against the provider\'s OpenAPI document, with no running provider (bi-directional)')
    .requiredOption('--pact <file>', 'the pact file')
    .requiredOption('--spec <file>', 'the OpenAPI 3.0/3.1 document (YAML or JSON, file or URL)')
    .addOption(outputOption(['text', 'json'], 'text'))
    .addHelpText('after', examples)
    .action(async (flags: CheckFlags) => {
      const { pact } = readPactFile(resolve(ctx.cwd, flags.pact));
      const isUrl = /^https?:\/\//.test(flags.spec);
      const specPath = isUrl ? flags.spec : resolve(ctx.cwd, flags.spec);
      if (!isUrl && !existsSync(specPath)) throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([flags.spec], { source: flags.spec });
      const { checkPactAgainstOpenApi, formatOpenApiIssues, loadOpenApi } = await import('@treaty/openapi');
      const result = checkPactAgainstOpenApi(pact, await loadOpenApi(specPath, { source: flags.spec }));
      ctx.setExitCode(result.ok ? ExitCode.ok : ExitCode.failed);
      if (flags.output === 'json') return ctx.out(JSON.stringify(result, null, 2));
      const pair = `${pact.consumer.name} -> ${pact.provider.name}`;
      if (result.errors.length + result.warnings.length > 0) ctx.out(formatOpenApiIssues([...result.errors, ...result.warnings]));
      const summary = `${pair}: ${pact.interactions.length} interaction(s), ${result.errors.length} error(s), ${result.warnings.length} warning(s) against ${flags.spec}`;
      ctx.out(result.ok ? ctx.colors.green(`✓ ${summary}`) : ctx.colors.red(`✗ ${summary}`));
    });
}
