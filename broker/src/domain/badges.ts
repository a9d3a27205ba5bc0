/** What a pact badge shows, as the Pact Broker's pseudo-branch status. */
export type PactBadgeStatus = 'success' | 'failed' | 'stale' | 'never';

/** A badge's two texts and colour (a shields.io colour name). */
export interface BadgeText {
  label: string;
  message: string;
  color: string;
}

/**
 * The status of the latest pact: never verified, verified (its latest verification passed on this content), changed
 * since
 * (passed on older content: "stale") or failed.
 * @example pactBadgeStatus('abc', { sha: 'abc', success: true }) // 'success'
 */
export function pactBadgeStatus(
  latestSha: string | undefined,
  verification: { sha: string; success: boolean } | undefined,
): PactBadgeStatus {
  if (!latestSha || !verification) return 'never';
  if (!verification.success) return 'failed';
  return verification.sha === latestSha ? 'success' : 'stale';
}

const STATUS_TEXT: Record<PactBadgeStatus, [string, string]> = {
  success: ['verified', 'brightgreen'],
  failed: ['failed', 'red'],
  stale: ['changed', 'orange'],
  never: ['unknown', 'lightgrey'],
};

function splitWords(name: string): string[] {
  const parts = name.split(/[\s_-]/).filter(Boolean);
  if (parts.length > 1) return parts;
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .split('_')
    .filter(Boolean);
}

function shortName(name: string, initials: boolean, tag?: string): string {
  const suffix = tag ? ` (${tag})` : '';
  const parts = initials ? splitWords(name) : [];
  return (parts.length > 1 ? parts.map((p) => p[0]).join('') : name).toLowerCase() + suffix;
}

/** How a pact badge names its pact: `?label=consumer|provider`, `?initials=true`, and the tags of a matrix badge. */
export interface PactBadgeNaming {
  label?: string;
  initials?: boolean;
  consumerTag?: string;
  providerTag?: string;
}

/**
 * The Pact Broker's pact badge texts: "web/orders pact" and "verified", "failed", "changed" or "unknown".
 * @example pactBadgeText({ consumer: 'Web', provider: 'Orders' }, 'success').label // 'web/orders pact'
 */
export function pactBadgeText(
  pair: { consumer: string; provider: string } | undefined,
  status: PactBadgeStatus,
  naming: PactBadgeNaming = {},
): BadgeText {
  const [message, color] = STATUS_TEXT[status];
  if (!pair) return { label: 'pact not found', message, color };
  const consumer = shortName(pair.consumer, naming.initials === true, naming.consumerTag);
  const provider = shortName(pair.provider, naming.initials === true, naming.providerTag);
  const which = (naming.label ?? '').toLowerCase();
  const title = which === 'consumer' ? consumer : which === 'provider' ? provider : `${consumer}/${provider}`;
  return { label: `${title} pact`.toLowerCase(), message, color };
}

/**
 * The can-i-deploy badge: "can-i-deploy" (or `?label=`) and "<from> to <to>", green when deployable.
 * @example canIDeployBadgeText('main', 'production', true).message // 'main to production'
 */
export function canIDeployBadgeText(from: string, to: string, deployable: boolean, label?: string): BadgeText {
  return { label: label || 'can-i-deploy', message: `${from} to ${to}`, color: deployable ? 'brightgreen' : 'red' };
}

/**
 * The can-i-merge badge: "success", "failed", or "unknown" when the matrix cannot tell.
 * @example canIMergeBadgeText(null).message // 'unknown'
 */
export function canIMergeBadgeText(deployable: boolean | null): BadgeText {
  if (deployable === null) return { label: 'can-i-merge', message: 'unknown', color: 'lightgrey' };
  return {
    label: 'can-i-merge',
    message: deployable ? 'success' : 'failed',
    color: deployable ? 'brightgreen' : 'red',
  };
}

/**
 * A grey badge for what could not be found, as the Pact Broker draws ("version", "not found").
 * @example errorBadgeText('version', 'not found').color // 'lightgrey'
 */
export function errorBadgeText(label: string, message: string): BadgeText {
  return { label, message, color: 'lightgrey' };
}
