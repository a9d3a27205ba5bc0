import { runCli } from './run-cli';

// The bin's entry: run and set the exit code; let Node exit once servers and timers are gone.
runCli({ args: process.argv.slice(2) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`treaty: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
