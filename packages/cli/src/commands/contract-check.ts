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
  /** One document, or an OpenAPI and an AsyncAPI document for a provider with both HTTP and messages. */
  spec: string | string[];
  output: string;
  /** Check the requests of interactions expecting a 4xx like any other (negative tests are skipped by default). */
  checkErrorRequests?: boolean;
}

const examples = `
Examples:
  $ treaty contract check --pact pacts/web-orders-api.json --spec openapi.yaml
  $ treaty contract check --pact pacts/mailer-user-events.json --spec asyncapi.yaml --output json
  $ treaty contract check --pact pacts/web-users.json --spec openapi.yaml --spec asyncapi.yaml

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
  const specs = Array.isArray(flags.spec) ? flags.spec : [flags.spec];
  const { checkPactAgainstContract, describeContract, loadContract } = await import('@treaty/openapi/contract');
  const { formatOpenApiIssues } = await import('@treaty/openapi');
  const contracts = [];
  for (const spec of specs) {
    const isUrl = /^https?:\/\//.test(spec);
    const specPath = isUrl ? spec : resolve(ctx.cwd, spec);
    if (!isUrl && !existsSync(specPath)) throw cliErrors.TREATY_CLI_FILE_NOT_FOUND([spec], { source: spec });
    // A $ref to nothing becomes a finding on the interactions that need it, not the end of the check.
    contracts.push(await loadContract(specPath, { source: spec, brokenRefs: 'report' }));
  }
  if (new Set(contracts.map((c) => c.kind)).size < contracts.length) {
    throw cliErrors.TREATY_CLI_USAGE([
      `--spec was given ${contracts.length} documents of one kind ` +
        `(${contracts.map(describeContract).join(', ')}); give one OpenAPI and/or one AsyncAPI document`,
    ]);
  }
  const result = checkPactAgainstContract(pact, contracts, { checkErrorRequests: flags.checkErrorRequests === true });
  ctx.setExitCode(result.ok ? ExitCode.ok : ExitCode.failed);
  const kind = contracts.map(describeContract).join(' + ');
  const described = contracts.map((c) => ({ kind: c.kind, version: c.spec.version }));
  if (flags.output === 'json')
    return ctx.out(JSON.stringify({ ...result, contract: described.length === 1 ? described[0] : described }, null, 2));
  const name = (role: string) => String((pact[role] as { name?: unknown } | undefined)?.name ?? role);
  const count = ((pact.interactions ?? pact.messages ?? []) as unknown[]).length;
  if (result.errors.length + result.warnings.length > 0)
    ctx.out(formatOpenApiIssues([...result.errors, ...result.warnings]));
  const summary =
    `${name('consumer')} -> ${name('provider')}: ${count} interaction(s), ${result.errors.length} ` +
    `error(s), ${result.warnings.length} warning(s) against ${specs.join(' and ')} (${kind})`;
  ctx.out(result.ok ? ctx.colors.green(`✓ ${summary}`) : ctx.colors.red(`✗ ${summary}`));
}

/** Register `treaty contract check`. */
export function registerContractCommand(program: Command, ctx: CommandContext): void {
  program
    .command('contract')
    .description('provider contract tools (OpenAPI, Swagger 2.0, AsyncAPI)')
    .command('check')
    .description(
      "check a pact against the provider's OpenAPI or AsyncAPI document, with no running provider (bi-directional)",
    )
    .requiredOption('--pact <file>', 'the pact file')
    .requiredOption(
      '--spec <file>',
      'the OpenAPI 3.0/3.1, Swagger 2.0 or AsyncAPI 2.x/3.x document (YAML or JSON, file or URL); give one ' +
        'of each for HTTP and messages',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--check-error-requests',
      'also check parameters, credentials and body of requests whose expected response is a 4xx (negative tests)',
    )
    .addOption(outputOption(['text', 'json'], 'text'))
    .addHelpText('after', examples)
    .action((flags: ContractCheckFlags) => runContractCheck(flags, ctx));
}
