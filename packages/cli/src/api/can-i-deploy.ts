import { brokerClientErrors, type BrokerClient } from '@treaty/broker-client';
import { findEnvironment } from './environments';
import { unknownPacticipant } from './pacticipants';

/** Which version of one pacticipant to check: by number, latest (optionally with a tag), branch, tag or main branch. */
export interface PacticipantSelector {
  pacticipant: string;
  version?: string;
  /** `true` for the latest version, or a tag name for the latest version with that tag. */
  latest?: boolean | string;
  branch?: string;
  tag?: string;
  mainBranch?: boolean;
}

/** Options of {@link canIDeploy}. */
export interface CanIDeployOptions {
  client: BrokerClient;
  selectors: readonly PacticipantSelector[];
  toEnvironment?: string;
  /** A tag standing for the target (the pre-environments way). */
  to?: string;
  /** Check against the latest versions of the other pacticipants' main branches (`can-i-merge`). */
  toMainBranch?: boolean;
  /** The most matrix rows the broker should consider (the Ruby CLI's `--limit`). */
  limit?: number;
  ignore?: readonly { pacticipant: string; version?: string }[];
  /** How many times to ask again while the answer is unknown (results still missing). */
  retryWhileUnknown?: number;
  /** Seconds before the first retry; later retries back off (doubling, at most 8 times the interval). */
  retryInterval?: number;
  /** Told before each retry wait. */
  onRetry?: (attempt: number, waitMs: number) => void;
}

/** One row of the matrix. */
export interface MatrixRow {
  consumer: { name: string; version?: { number: string } };
  provider: { name: string; version?: { number: string } };
  verificationResult?: { success?: boolean; verifiedAt?: string; _links?: { self?: { href?: string } } } | null;
}

/** The broker's answer. */
export interface CanIDeployResult {
  summary: { deployable: boolean | null; reason?: string; success?: number; failed?: number; unknown?: number };
  notices: { type: string; text: string }[];
  matrix: MatrixRow[];
}

function selectorParams(query: string[], s: PacticipantSelector): void {
  const add = (key: string, value: string) => query.push(`q[][${key}]=${encodeURIComponent(value)}`);
  add('pacticipant', s.pacticipant);
  if (s.version) add('version', s.version);
  if (s.latest !== undefined && s.latest !== false) add('latest', 'true');
  if (typeof s.latest === 'string') add('tag', s.latest);
  if (s.branch) add('branch', s.branch);
  if (s.tag) add('tag', s.tag);
  if (s.mainBranch) add('mainBranch', 'true');
}

/** The `/matrix` query string the official CLI sends for these options. */
export function matrixQuery(
  options: Pick<CanIDeployOptions, 'selectors' | 'toEnvironment' | 'to' | 'ignore' | 'toMainBranch' | 'limit'>,
): string {
  const query: string[] = [];
  for (const selector of options.selectors) selectorParams(query, selector);
  for (const ignore of options.ignore ?? []) {
    query.push(`ignore[][pacticipant]=${encodeURIComponent(ignore.pacticipant)}`);
    if (ignore.version) query.push(`ignore[][version]=${encodeURIComponent(ignore.version)}`);
  }
  if (options.to) query.push(`tag=${encodeURIComponent(options.to)}`);
  query.push(`latestby=${options.toEnvironment || options.selectors.length > 1 ? 'cvpv' : 'cvp'}`);
  if (options.toEnvironment) query.push(`environment=${encodeURIComponent(options.toEnvironment)}`);
  else if (options.toMainBranch) query.push('mainBranch=true', 'latest=true');
  else if (options.selectors.length === 1) query.push('latest=true');
  if (options.limit !== undefined) query.push(`limit=${options.limit}`);
  return query.join('&');
}

function asResult(body: Record<string, unknown>): CanIDeployResult {
  const summary = (body.summary ?? {}) as CanIDeployResult['summary'];
  if (!body.summary || typeof body.summary !== 'object')
    throw brokerClientErrors.TREATY_BROKER_CLIENT_RESPONSE(['/matrix', 'it has no summary']);
  return {
    summary: { ...summary, deployable: summary.deployable ?? null },
    notices: Array.isArray(body.notices) ? (body.notices as CanIDeployResult['notices']) : [],
    matrix: Array.isArray(body.matrix) ? (body.matrix as MatrixRow[]) : [],
  };
}

/**
 * Ask the broker whether the selected versions can be deployed (`GET /matrix`), polling while the answer is unknown.
 * @example const { summary } = await canIDeploy({ client, selectors: [{ pacticipant: 'orders-web', version: '1.0.0' }],
 *   toEnvironment: 'production' });
 * @throws TreatyError for an unknown environment, TREATY_CLI_UNKNOWN_PACTICIPANT (naming the closest known names),
 * and broker errors.
 */
export async function canIDeploy(options: CanIDeployOptions): Promise<CanIDeployResult> {
  const { client } = options;
  if (options.toEnvironment) await findEnvironment(client, options.toEnvironment);
  const url = `${client.baseUrl}/matrix?${matrixQuery(options)}`;
  const retries = options.retryWhileUnknown ?? 0;
  const intervalMs = (options.retryInterval ?? 10) * 1000;
  for (let attempt = 0; ; attempt++) {
    const result = asResult(await client.get(url, 'ask can-i-deploy'));
    if (result.matrix.length === 0 && result.summary.deployable !== true)
      await checkPacticipantsExist(client, options.selectors);
    if (result.summary.deployable !== null || attempt >= retries) return result;
    const waitMs = intervalMs * Math.min(2 ** attempt, 8);
    options.onRetry?.(attempt + 1, waitMs);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/** An empty matrix often means a misspelt name: say which, with the closest known names. */
async function checkPacticipantsExist(client: BrokerClient, selectors: readonly PacticipantSelector[]): Promise<void> {
  for (const { pacticipant } of selectors) {
    const href = await client.link('pb:pacticipant', { pacticipant }, '/pacticipants/{pacticipant}');
    if (!(await client.find(href, `read pacticipant ${pacticipant}`)))
      throw await unknownPacticipant(client, pacticipant);
  }
}
