import { invalid } from '../errors';
import type { WebhookOptions } from '../options';
import { isLocalName, isPrivateAddress } from './private-destinations';
import type { WebhookRequest } from './webhook-definition';

/** The allow-lists in force: the Pact Broker's defaults (https, POST, any public host) unless options say otherwise. */
export interface AllowLists {
  schemes: string[];
  methods: string[];
  hosts: string[];
  /** Loopback, private and link-local destinations allowed (opt-in). */
  allowPrivate: boolean;
}

/** Resolve the webhook allow-lists from the options. */
export function allowListsOf(options: WebhookOptions | undefined): AllowLists {
  return {
    schemes: (options?.allowedSchemes ?? ['https']).map((s) => s.toLowerCase().replace(/:$/, '')),
    methods: (options?.allowedMethods ?? ['POST']).map((m) => m.toUpperCase()),
    hosts: [...(options?.allowedHosts ?? [])],
    allowPrivate: options?.allowPrivateDestinations === true,
  };
}

function hostAllowed(host: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((pattern) => {
    if (pattern.startsWith('/') && pattern.endsWith('/') && pattern.length > 2)
      return new RegExp(pattern.slice(1, -1)).test(host);
    if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
    return pattern.toLowerCase() === host;
  });
}

/**
 * Field errors of a webhook request against the allow-lists (empty when allowed). `url` must be rendered or a template.
 */
export function allowListErrors(request: WebhookRequest, lists: AllowLists): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!lists.methods.includes(request.method))
    errors['request.method'] = [`${request.method} is not allowed; allowed methods: ${lists.methods.join(', ')}`];
  // The allow-lists must see the real host, so a secret may not be (part of) it.
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\$\{user\./i.test(request.url)) {
    errors['request.url'] = ['may use ${user.NAME} secrets only in the path and query, not in the host'];
    return errors;
  }
  let parsed: URL;
  try {
    parsed = new URL(request.url.replace(/\$\{(pactbroker\.[A-Za-z]+|user\.[A-Za-z0-9_-]+)\}/g, 'x'));
  } catch {
    errors['request.url'] = ['is not a valid URL'];
    return errors;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (!lists.schemes.includes(scheme))
    errors['request.url'] = [`scheme ${scheme} is not allowed; allowed schemes: ${lists.schemes.join(', ')}`];
  else if (!hostAllowed(parsed.hostname.toLowerCase(), lists.hosts))
    errors['request.url'] = [`host ${parsed.hostname} is not in the webhook host allow-list`];
  else if (!lists.allowPrivate && (isPrivateAddress(parsed.hostname) || isLocalName(parsed.hostname))) {
    errors['request.url'] = [
      `host ${parsed.hostname} is a loopback, private or link-local address; the operator can allow it with ` +
        `webhooks.allowPrivateDestinations (--webhook-allow-private)`,
    ];
  }
  return errors;
}

/**
 * Check a webhook request against the allow-lists.
 * @throws TreatyError TREATY_BROKER_VALIDATION naming the scheme, method or host that is not allowed.
 */
export function assertAllowed(request: WebhookRequest, lists: AllowLists): void {
  const errors = allowListErrors(request, lists);
  if (Object.keys(errors).length) throw invalid('save webhook', errors);
}
