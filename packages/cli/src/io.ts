import { createColors, shouldColor, type Colors } from './output/colors';

/** Where a command writes, and the environment it reads: injectable for the programmatic API and tests. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** What every command gets: the streams plus colour helpers and line writers. */
export interface CommandContext extends CliIo {
  readonly colors: Colors;
  /** Write a line to stdout. */
  out(line: string): void;
  /** Write a line to stderr (progress, notices). */
  err(line: string): void;
  /** Set the exit code the run ends with (the last call wins). */
  setExitCode(code: number): void;
  /** The exit code set so far (0 unless a command set one). */
  readonly exitCode: number;
}

/** Build a command context from I/O. */
export function createContext(io: CliIo): CommandContext {
  let exitCode = 0;
  return {
    ...io,
    setExitCode: (code) => void (exitCode = code),
    get exitCode() {
      return exitCode;
    },
    colors: createColors(shouldColor(io.stdout, io.env)),
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
  };
}
