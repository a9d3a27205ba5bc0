import type { Command } from 'commander';
import type { PacticipantSelector } from '../api/can-i-deploy';
import { cliErrors } from '../errors';

/** Selectors and ignores in the order they were given on the command line. */
export interface OrderedSelectors {
  selectors: PacticipantSelector[];
  ignore: { pacticipant: string; version?: string }[];
}

/**
 * Listen to commander's option events so that `--version`, `--latest`, `--branch`, `--tag` and `--main-branch`
 * apply to the `--pacticipant` (or `--ignore`) before them, as the official CLI reads them.
 */
export function trackSelectors(command: Command): OrderedSelectors {
  const state: OrderedSelectors = { selectors: [], ignore: [] };
  let target: 'selector' | 'ignore' = 'selector';
  const current = () => state.selectors[state.selectors.length - 1];
  const need = (flag: string) => {
    const selector = current();
    if (!selector) throw cliErrors.TREATY_CLI_USAGE([`${flag} must come after the --pacticipant it applies to`]);
    return selector;
  };
  command.on('option:pacticipant', (name: string) => {
    state.selectors.push({ pacticipant: name });
    target = 'selector';
  });
  command.on('option:ignore', (name: string) => {
    state.ignore.push({ pacticipant: name });
    target = 'ignore';
  });
  command.on('option:version', (version: string) => {
    if (target === 'ignore') state.ignore[state.ignore.length - 1].version = version;
    else need('--version').version = version;
  });
  command.on('option:latest', (tag: string | null) => void (need('--latest').latest = tag ?? true));
  command.on('option:branch', (branch: string) => void (need('--branch').branch = branch));
  command.on('option:tag', (tag: string) => void (need('--tag').tag = tag));
  command.on('option:all', (tag: string) => void (need('--all').tag = tag));
  command.on('option:main-branch', () => void (need('--main-branch').mainBranch = true));
  return state;
}

/** Check that every selector names which version(s) to use. @throws TreatyError TREATY_CLI_USAGE. */
export function checkSelectors(state: OrderedSelectors): void {
  if (state.selectors.length === 0) throw cliErrors.TREATY_CLI_USAGE(['--pacticipant is required']);
  for (const s of state.selectors) {
    if (!s.version && s.latest === undefined && !s.branch && !s.tag && !s.mainBranch) {
      throw cliErrors.TREATY_CLI_USAGE([
        `--pacticipant ${s.pacticipant} needs --version, --latest, --branch, --tag or --main-branch after it`,
      ]);
    }
  }
}
