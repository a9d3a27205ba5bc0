import { type Command, CommanderError } from 'commander';
import { useContextEnv } from './context-env';
import { ExitCode } from './exit-codes';
import { createContext, type CliIo } from './io';
import { officialExitCodeFor, mirrorsOfficialCli } from './official-exit-codes';
import { errorLine, exitCodeFor } from './output/report-error';
import { createProgram, isCleanCommanderExit } from './program';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

/** Options of {@link runCli}. */
export interface RunCliOptions extends Partial<CliIo> {
  /** The arguments after `treaty` (not including node and the script). */
  args: readonly string[];
}

function commanderLine(error: CommanderError): string {
  return error.message
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** `treaty publish` for `['publish', 'x', '--bad']`: the deepest command the arguments name. */
function commandPath(program: Command, args: readonly string[]): string {
  const names = ['treaty'];
  let current = program;
  for (const arg of args) {
    const next = current.commands.find((c) => c.name() === arg);
    if (!next) break;
    names.push(arg);
    current = next;
  }
  return names.join(' ');
}

/**
 * Run the `treaty` command line and resolve with its exit code. Writes one `treaty: <message>` line to stderr
 * on failure, never a stack trace (set TREATY_DEBUG=1 to get one).
 * @example const code = await runCli({ args: ['can-i-deploy', '--pacticipant', 'web', '--version', '1'] });
 */
export async function runCli(options: RunCliOptions): Promise<number> {
  const ctx = createContext({
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    env: options.env ?? process.env,
    cwd: options.cwd ?? process.cwd(),
  });
  const program = createProgram(ctx, version);
  useContextEnv(program, ctx.env);
  try {
    await program.parseAsync([...options.args], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (isCleanCommanderExit(error)) return ExitCode.ok;
    if (ctx.env.TREATY_DEBUG) ctx.err(String((error as Error)?.stack ?? error));
    if (error instanceof CommanderError) {
      ctx.err(`treaty: ${commanderLine(error)} (see ${commandPath(program, options.args)} --help)`);
    } else {
      ctx.err(`treaty: ${errorLine(error)}`);
    }
    if (mirrorsOfficialCli(options.args)) return officialExitCodeFor(error);
    return error instanceof CommanderError ? ExitCode.badInput : exitCodeFor(error);
  }
}
