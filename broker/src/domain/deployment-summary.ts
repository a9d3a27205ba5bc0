import type { DeploymentSummary, MatrixRow, ResolvedSelector } from './matrix-types';

/** A notice for people, as the Pact Broker's `notices`. */
export interface Notice {
  type: 'success' | 'error' | 'warning' | 'info';
  text: string;
}

function selectionLabel(selectors: readonly ResolvedSelector[], name: string, versionNumber?: string): string {
  const selector = selectors.find((s) => s.pacticipantName === name);
  if (selector) return selector.description;
  return versionNumber ? `version ${versionNumber} of ${name}` : `a version of ${name}`;
}

/**
 * Decide whether the considered rows allow a deployment, with the Pact Broker's rules:
 * false when a specified version does not exist or a verification failed, null when a pact is unverified, else true.
 */
export function summarise(
  rows: readonly MatrixRow[],
  selectors: readonly ResolvedSelector[],
): { summary: DeploymentSummary; notices: Notice[] } {
  const considered = rows.filter((row) => !row.ignored);
  const ignored = rows.length - considered.length;
  const success = considered.filter((row) => row.verification?.success === true).length;
  const failed = considered.filter((row) => row.verification?.success === false).length;
  const unknown = considered.length - success - failed;
  const missing = selectors.filter((s) => s.specified && s.missing);
  const errors: string[] = missing.map((s) => `There is no ${s.description}`);
  if (errors.length === 0) {
    for (const row of considered) {
      const consumer = selectionLabel(selectors, row.consumerName, row.consumerVersionNumber);
      const provider = selectionLabel(selectors, row.providerName, row.providerVersionNumber);
      if (row.verification?.success === false)
        errors.push(`The verification for the pact between ${consumer} and ${provider} failed`);
      else if (!row.verification) errors.push(`There is no verified pact between ${consumer} and ${provider}`);
    }
  }
  const deployable = missing.length ? false : unknown ? null : failed ? false : true;
  const successText = considered.length
    ? 'All required verification results are published and successful'
    : 'There are no missing dependencies';
  const texts = errors.length ? [...new Set(errors)] : [successText];
  const notices: Notice[] = texts.map((text) => ({ type: errors.length ? 'error' : 'success', text }));
  const counts = { success, failed, unknown, ...(ignored ? { ignored } : {}) };
  return { summary: { deployable, reason: texts.join('; '), ...counts }, notices };
}
