import { resolve } from 'node:path';
import type { Command } from 'commander';
import { startMockServer, type MockRequestLog } from '@treaty/consumer';
import type { HttpInteraction } from '@treaty/core';
import { readPactFile } from '../api/read-pact-files';
import { cliErrors } from '../errors';
import type { CommandContext } from '../io';
import { waitForSignal } from '../wait-for-signal';

interface MockFlags {
  port: string;
  host: string;
  cors?: boolean;
  quiet?: boolean;
}

const examples = `
Examples:
  $ treaty mock pacts/orders-web-orders-api.json              # any free port; the URL is printed
  $ treaty mock pacts/orders-web-orders-api.json --port 8080 --cors
  $ curl -H 'x-pact-provider-state: order 42 exists' http://127.0.0.1:8080/orders/42`;

function logLine(r: MockRequestLog): string {
  return `${r.method} ${r.path} -> ${r.status}${r.interaction ? ` (${r.interaction})` : ' no matching interaction'}`;
}

/** Register `treaty mock <pact>`: the consumer's mock server, serving the pact's HTTP interactions. */
export function registerMockCommand(program: Command, ctx: CommandContext): void {
  program
    .command('mock')
    .description("serve a pact's HTTP interactions as a stub of the provider")
    .argument('<pact>', 'the pact file')
    .option('--port <port>', 'port to listen on (0: any free port)', '0')
    .option('--host <host>', 'host to bind', '127.0.0.1')
    .option('--cors', 'answer CORS preflight requests')
    .option('--quiet', 'do not log requests')
    .addHelpText('after', examples)
    .action(async (file: string, flags: MockFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw cliErrors.TREATY_CLI_USAGE([`--port ${flags.port} is not a port number`]);
      const { pact } = readPactFile(resolve(ctx.cwd, file));
      const interactions = pact.interactions.filter((i): i is HttpInteraction => i.type === 'Synchronous/HTTP');
      const onRequest = flags.quiet ? undefined : (r: MockRequestLog) => ctx.err(logLine(r));
      const cors = flags.cors ?? false;
      const server = await startMockServer({ interactions, port, host: flags.host, cors, onRequest });
      ctx.out(
        `Mock of ${pact.provider.name} for ${pact.consumer.name} listening on ${server.url} ` +
          `(${interactions.length} interactions). Stop it with Ctrl-C.`,
      );
      await waitForSignal();
      await server.stop();
    });
}
