import type { Command } from 'commander';

/**
 * Make the environment variables of options (`.env('PACT_BROKER_BASE_URL')`) come from the run's `env` rather than
 * `process.env`, which commander reads: `runCli({ env })` then behaves like a process started with that environment.
 * A value from the command line always wins.
 */
export function useContextEnv(program: Command, env: NodeJS.ProcessEnv): void {
  program.hook('preAction', (_program, command) => {
    for (const option of command.options) {
      if (!option.envVar) continue;
      const key = option.attributeName();
      const source = command.getOptionValueSource(key);
      if (source !== undefined && source !== 'default' && source !== 'env') continue;
      if (env[option.envVar] !== undefined) {
        const value = option.required || option.optional ? env[option.envVar] : undefined;
        (command as unknown as NodeJS.EventEmitter).emit(`optionEnv:${option.name()}`, value);
      } else if (source === 'env') {
        command.setOptionValueWithSource(key, option.defaultValue, 'default');
      }
    }
  });
}
