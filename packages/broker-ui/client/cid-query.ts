/** The question of the can-i-deploy page: one pacticipant version (or its main branch) and a target environment. */
export interface DeployQuestion {
  pacticipant: string;
  version?: string;
  mainBranch?: boolean;
  environment?: string;
}

/**
 * The `/matrix` query string `treaty can-i-deploy` (and the official `pact-broker can-i-deploy`) sends for this
 * question, so the page and the CLI get the same answer from the broker.
 * @example matrixQueryOf({ pacticipant: 'web', version: '1.0.0', environment: 'production' })
 */
export function matrixQueryOf(q: DeployQuestion): string {
  const parts = [`q[][pacticipant]=${encodeURIComponent(q.pacticipant)}`];
  if (q.version) parts.push(`q[][version]=${encodeURIComponent(q.version)}`);
  if (!q.version && q.mainBranch) parts.push('q[][mainBranch]=true');
  parts.push(`latestby=${q.environment ? 'cvpv' : 'cvp'}`);
  parts.push(q.environment ? `environment=${encodeURIComponent(q.environment)}` : 'latest=true');
  return parts.join('&');
}

function shellQuote(value: string): string {
  return /^[\w.:/@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The same question as a command to paste into a terminal, for `treaty` or the official `pact-broker` CLI. */
export function cliCommandOf(q: DeployQuestion, brokerUrl: string, tool: 'treaty' | 'pact-broker'): string {
  const parts = [tool, 'can-i-deploy', '--pacticipant', shellQuote(q.pacticipant)];
  if (q.version) parts.push('--version', shellQuote(q.version));
  else if (q.mainBranch) parts.push('--main-branch');
  if (q.environment) parts.push('--to-environment', shellQuote(q.environment));
  parts.push('--broker-base-url', shellQuote(brokerUrl));
  return parts.join(' ');
}
