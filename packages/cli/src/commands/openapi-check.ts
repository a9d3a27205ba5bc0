import type { Command } from 'commander';
import type { CommandContext } from '../io';
import { outputOption } from './broker-options';
import { runContractCheck, type ContractCheckFlags } from './contract-check';

const examples =
  `
Examples:
  $ treaty openapi check --pact pacts/orders-web-orders-api.json --spec openapi.yaml
  $ treaty openapi check --pact pacts/orders-web-orders-api.json --spec ` +
  `https://api.example.com/openapi.json --output json

Exit codes: 0 the pact fits the document, 1 it does not, 2 bad input.`;

/** Register `treaty openapi check`. */
export function registerOpenApiCommand(program: Command, ctx: CommandContext): void {
  const openapi = program.command('openapi').description('OpenAPI tools');
  openapi
    .command('check')
    .description("check a pact against the provider's OpenAPI document, with no running provider (bi-directional)")
    .requiredOption('--pact <file>', 'the pact file')
    .requiredOption(
      '--spec <file>',
      'the OpenAPI 3.0/3.1, Swagger 2.0 or AsyncAPI 2.x/3.x document (YAML or JSON, file or URL)',
    )
    .addOption(outputOption(['text', 'json'], 'text'))
    .addHelpText('after', examples)
    // An alias of `treaty contract check`, kept for existing scripts.
    .action((flags: ContractCheckFlags) => runContractCheck(flags, ctx));
}
