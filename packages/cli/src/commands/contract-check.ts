import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { cliErrors } from '../errors';
import { ExitCode } from '../exit-codes';
import type { CommandContext } from '../io';
import { outputOption } from './broker-options';

/** The flags of `treaty contract check` (and its alias `treaty openapi check`). */
export interface ContractCheckFlags {
  pact: string;
  spec: string;
  output: string;
}

const examples = `
Examples:
  $ treaty contract check --pact pacts/web-orders-api.json --spec openapi.yaml
  $ treaty contract check --pact pacts/mailer-user-events.json --spec asyncapi.yaml --output json

The document may be OpenAPI 3.0/3.1, Swagger 2.0 or AsyncAPI 2.x/3.x; the output says which it read.
HTTP interactions are checked against OpenAPI, messages against AsyncAPI.
Exit codes: 0 the pact fits the document, 1 it does not, 2 bad input.`;

/** Read a pact file as JSON, leaving malformed interactions for the check to report one by one. */
function readPactJson(path: string): Record<string, unknown> {
  if (!existsSync(path)) throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([path], { source: path });
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw cliErrors.TREATY_CLI_INVALID_PACT([path, `it is not JSON (${(error as Error).message})`], { source: path });
  }
}

/** Run the static check of a pact against a provider contract and report it. */
export async function runContractCheck(flags: ContractCheckFlags, ctx: CommandContext): Promise<void> {
  const pact = readPactJson(resolve(ctx.cwd, flags.pact));
  const isUrl = /^https?:\/\//.test(flags.spec);
  const specPath = isUrl ? flags.spec : resolve(ctx.cwd, flags.spec);
  if (!isUrl && !existsSync(specPath)) throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([flags.spec], { source: flags.spec });
  const { checkPactAgainstContract, describeContract, loadContract } = await import('@treaty/openapi/contract');
  const { formatOpenApiIssues } = await import('@treaty/openapi');
  // A $ref to nothing becomes a finding on the interactions that need it, not the end of the check.
  const contract = await loadContract(specPath, { source: flags.spec, brokenRefs: 'report' });
  const result = checkPactAgainstContract(pact, contract);
  ctx.setExitCode(result.ok ? ExitCode.ok : ExitCode.failed);
  const kind = describeContract(contract);
  if (flags.output === 'json') return ctx.out(JSON.stringify({ ...result, contract: { kind: contract.kind, version: contract.spec.version } }, null, 2));
  const name = (role: string) => String((pact[role] as { name?: unknown } | undefined)?.name ?? role);
  const count = ((pact.interactions ?? pact.messages ?? []) as unknown[]).length;
  if (result.errors.length + result.warnings.length > 0) ctx.out(formatOpenApiIssues([...result.errors, ...result.warnings]));
  const summary = `${name('consumer')} -> ${name('provider')}: ${count} interaction(s), ${result.errors.length} error(s), ${result.warnings.length} warning(s) against ${flags.spec} (${kind})`;
  ctx.out(result.ok ? ctx.colors.green(`✓ ${summary}`) : ctx.colors.red(`✗ ${summary}`));
}

/** Register `treaty contract check`. */
export function registerContractCommand(program: Command, ctx: CommandContext): void {
  program
    .command('contract')
    .description('provider contract tools (OpenAPI, Swagger 2.0, AsyncAPI)')
    .command('check')
    .description('check a pact against the provider\'s OpenAPI or AsyncAPI document, with no running provider (bi-directional)')
    .requiredOption('--pact <file>', 'the pact file')
    .requiredOption('--spec <file>', 'the OpenAPI 3.0/3.1, Swagger 2.0 or AsyncAPI 2.x/3.x document (YAML or JSON, file or URL)')
    .addOption(outputOption(['text', 'json'], 'text'))
    .addHelpText('after', examples)
    .action((flags: ContractCheckFlags) => runContractCheck(flags, ctx));
}
