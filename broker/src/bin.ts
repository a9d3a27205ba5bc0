import { isTreatyError } from '@treaty/core';
import { readBinOptions, USAGE } from './bin-options';
import { startBroker } from './start-broker';

/**
 * Run `treaty-broker`: start the broker, print its URL, shut down gracefully on SIGINT/SIGTERM.
 * Exit codes: 0 after a signal, 1 when the broker cannot start, 2 for bad arguments.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  let read;
  try {
    read = readBinOptions(argv, process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (read.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  for (const warning of read.warnings) process.stderr.write(`${warning}\n`);
  try {
    const broker = await startBroker(read.options);
    process.stdout.write(`Treaty broker listening on ${broker.url}\n`);
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      process.stderr.write(`Received ${signal}: closing the broker\n`);
      broker.close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Failed to close the broker: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    const message = isTreatyError(error)
      ? (error as Error).message
      : `Failed to start broker: ${(error as Error).message}. Check the database and port options.`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  }
}
