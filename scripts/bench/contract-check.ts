/**
 * Contract check benchmark: for each big public document, Treaty's load (read + parse + model), first check (schemas
 * compiled) and second check (compiled), beside PactFlow's comparator on the same document and pact in the same run,
 * with the ratio Treaty / comparator. The documents and the comparator are not part of the repository: pass them.
 * Run: npx tsx scripts/bench/contract-check.ts [--comparator <dir of @pactflow/openapi-pact-comparator>] name=path ...
 *   e.g. stripe=/tmp/docs/stripe/spec3.json openai-yaml=/tmp/docs/openai/openapi.yaml
 * A missing document is skipped with a note; without --comparator only Treaty's times are printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkPactAgainstOpenApi, loadOpenApi, type OpenApiSpec } from '@treaty/openapi';

type Json = Record<string, unknown>;
type Compare = (pact: Json) => Promise<number>;

const INTERACTIONS = 60;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/**
 * A pact touching the document's first operations: a JSON request body where one is taken, an empty JSON response
 * object. Paths carry Swagger 2's `basePath` but not OpenAPI 3's server paths, which the comparator does not read.
 */
function pactFor(spec: OpenApiSpec): Json {
  const prefix = spec.version === '2.0' ? (spec.basePaths[0] ?? '') : '';
  const interactions = spec.operations
    .filter((op) => !op.pathTemplate.includes('*'))
    .slice(0, INTERACTIONS)
    .map((op, i) => {
      const status = Object.keys(op.responses).find((key) => /^2\d\d$/.test(key)) ?? '200';
      const json = Object.keys(op.responses[status]?.content ?? {}).some((type) => type.includes('json'));
      const takesJson = Object.keys(op.requestBody?.content ?? {}).some((type) => type.includes('json'));
      return {
        description: `interaction ${i}: ${op.method} ${op.pathTemplate}`,
        request: {
          method: op.method,
          path: prefix + op.pathTemplate.replace(/\{[^}]+\}/g, '1'),
          ...(takesJson ? { headers: { 'Content-Type': 'application/json' }, body: {} } : {}),
        },
        response: {
          status: Number(status),
          ...(json ? { headers: { 'Content-Type': 'application/json' }, body: {} } : {}),
        },
      };
    });
  return {
    consumer: { name: 'bench-consumer' },
    provider: { name: 'bench-provider' },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** The comparator: parse the text as it would be given to it, build one instance, run compare twice. */
async function comparatorRun(dir: string, file: string, pact: Json): Promise<number[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path given at run time
  const { Comparator } = require(dir) as {
    Comparator: new (docs: { oas: unknown }) => { compare(p: unknown): AsyncIterable<unknown> };
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the parser the comparator itself uses
  const jsYaml = require('js-yaml') as typeof import('js-yaml');
  let comparator: InstanceType<typeof Comparator> | undefined;
  const load = await time(() => {
    const text = readFileSync(file, 'utf8');
    comparator = new Comparator({ oas: file.endsWith('.json') ? JSON.parse(text) : jsYaml.load(text) });
  });
  let errors = 0;
  const run: Compare = async (p) =>
    (
      await time(async () => {
        errors = 0;
        for await (const result of comparator!.compare(p)) if ((result as { type?: string }).type === 'error') errors++;
      })
    ).ms;
  return [load.ms, await run(pact), await run(pact), errors];
}

async function treatyRun(file: string): Promise<{ times: number[]; pact: Json; errors: number }> {
  const load = await time(() => loadOpenApi(file));
  const pact = pactFor(load.value);
  const first = await time(() => checkPactAgainstOpenApi(pact, load.value));
  const second = await time(() => checkPactAgainstOpenApi(pact, load.value));
  return { times: [load.ms, first.ms, second.ms], pact, errors: second.value.errors.length };
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  const comparator = arg('--comparator');
  const docs = process.argv.slice(2).filter((a) => a.includes('=') && !a.startsWith('--'));
  if (docs.length === 0) console.log('No documents given: pass name=path arguments (see the header of this file).');
  console.log(
    `${INTERACTIONS} interactions per document; error counts show both sides reached the schemas (the ` +
      `comparator lists every ajv error).`,
  );
  console.log('document        | side       |   load   | 1st check | 2nd check |   total   | Treaty / comparator');
  for (const [name, file] of docs.map((d) => d.split('=') as [string, string])) {
    if (!existsSync(file)) {
      console.log(`${name}: ${file} is not present, skipped`);
      continue;
    }
    const treaty = await treatyRun(file);
    const total = treaty.times.reduce((a, b) => a + b, 0);
    console.log(
      `${name.padEnd(15)} | Treaty     | ${treaty.times.map(fmt).join(' | ')} | ${fmt(total)} |          ` +
        `(${treaty.errors} errors)`,
    );
    if (!comparator) continue;
    try {
      const [load, first, second, errors] = await comparatorRun(comparator, file, treaty.pact);
      const theirTotal = load + first + second;
      console.log(
        `${name.padEnd(15)} | comparator | ${[load, first, second].map(fmt).join(' | ')} ` +
          `| ${fmt(theirTotal)} | ${(total / theirTotal).toFixed(2)}x (${errors} errors)`,
      );
    } catch (error) {
      console.log(`${name.padEnd(15)} | comparator | failed: ${(error as Error).message.slice(0, 100)}`);
    }
  }
}

void main();
