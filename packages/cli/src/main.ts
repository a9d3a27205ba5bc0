import { runCli } from './run-cli';

// `treaty ... | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

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
