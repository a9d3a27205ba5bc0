import { links } from '../hal/links';

/** What an event knew when it was queued; stored with the delivery so a restart renders the same values. */
export interface WebhookEventContext {
  eventName: string;
  consumerName: string;
  providerName: string;
  consumerVersionNumber: string;
  consumerVersionBranch: string;
  consumerVersionTags: string[];
  consumerLabels: string[];
  providerLabels: string[];
  pactSha: string;
  providerVersionNumber?: string;
  providerVersionBranch?: string;
  providerVersionTags?: string[];
  verificationNumber?: number;
  verificationSuccess?: boolean;
  buildUrl?: string;
}

function status(success: boolean | undefined, words: [string, string, string]): string {
  return success === undefined ? words[2] : success ? words[0] : words[1];
}

/**
 * The `${pactbroker.*}` values of an event, as the Pact Broker's `PactAndVerificationParameters` computes them.
 * @example templateParameters(context, 'http://broker')['pactbroker.consumerName']
 */
export function templateParameters(context: WebhookEventContext, base: string): Record<string, string> {
  const c = context;
  const verified = c.verificationNumber !== undefined;
  return {
    'pactbroker.consumerName': c.consumerName,
    'pactbroker.providerName': c.providerName,
    'pactbroker.consumerVersionNumber': c.consumerVersionNumber,
    'pactbroker.providerVersionNumber': c.providerVersionNumber ?? '',
    'pactbroker.providerVersionTags': (c.providerVersionTags ?? []).join(', '),
    'pactbroker.providerVersionBranch': c.providerVersionBranch ?? '',
    'pactbroker.consumerVersionTags': c.consumerVersionTags.join(', '),
    'pactbroker.consumerVersionBranch': c.consumerVersionBranch,
    'pactbroker.pactUrl': c.pactSha ? links.pactVersion(base, c.providerName, c.consumerName, c.pactSha) : '',
    'pactbroker.verificationResultUrl': verified
      ? links.verification(base, c.providerName, c.consumerName, c.pactSha, c.verificationNumber!)
      : '',
    'pactbroker.githubVerificationStatus': status(c.verificationSuccess, ['success', 'failure', 'pending']),
    'pactbroker.bitbucketVerificationStatus': status(c.verificationSuccess, ['SUCCESSFUL', 'FAILED', 'INPROGRESS']),
    'pactbroker.consumerLabels': c.consumerLabels.join(', '),
    'pactbroker.providerLabels': c.providerLabels.join(', '),
    'pactbroker.eventName': c.eventName,
    'pactbroker.buildUrl': c.buildUrl ?? '',
    'pactbroker.currentlyDeployedProviderVersionNumber': '',
  };
}

// `${pactbroker.*}` event values and `${user.NAME}` webhook secrets.
const PLACEHOLDER = /\$\{((?:pactbroker\.[A-Za-z]+)|(?:user\.[A-Za-z0-9_-]+))\}/g;

/** Replace every known `${pactbroker.*}` and `${user.*}` in a string; `encode` URL-encodes the values (for URLs). */
export function renderTemplate(text: string, params: Record<string, string>, encode = false): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return encode ? encodeURIComponent(value) : value;
  });
}

/** Render a JSON body: every string inside it (and keys) is rendered; non-JSON bodies are strings. */
export function renderBody(body: unknown, params: Record<string, string>): unknown {
  if (typeof body === 'string') return renderTemplate(body, params);
  if (Array.isArray(body)) return body.map((item) => renderBody(item, params));
  if (body && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [renderTemplate(k, params), renderBody(v, params)]));
  }
  return body;
}
