import { providerErrors } from '../errors';

/** How to authenticate with the broker (pact-js option names). */
export interface BrokerAuth {
  pactBrokerToken?: string;
  pactBrokerUsername?: string;
  pactBrokerPassword?: string;
}

/** The headers that authenticate with the broker. */
export function authHeaders(auth: BrokerAuth): Record<string, string> {
  if (auth.pactBrokerToken) return { Authorization: `Bearer ${auth.pactBrokerToken}` };
  if (auth.pactBrokerUsername !== undefined) {
    return { Authorization: `Basic ${Buffer.from(`${auth.pactBrokerUsername}:${auth.pactBrokerPassword ?? ''}`).toString('base64')}` };
  }
  return {};
}

/** A HAL link. */
export interface HalLink {
  href: string;
  name?: string;
  templated?: boolean;
}

/** Fill a templated href: `{provider}` → the URL-encoded value. */
export function expandTemplate(href: string, values: Record<string, string>): string {
  return href.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : encodeURIComponent(values[name])));
}

/** A small JSON/HAL client for the Pact Broker API. */
export class BrokerClient {
  private readonly headers: Record<string, string>;

  constructor(
    readonly baseUrl: string,
    auth: BrokerAuth,
    private readonly timeoutMs: number,
  ) {
    this.headers = { Accept: 'application/hal+json, application/json', ...authHeaders(auth) };
  }

  /** The broker's index resource's links. @throws TreatyError TREATY_PROVIDER_BROKER_FAILED */
  async indexLinks(): Promise<Record<string, HalLink>> {
    const index = (await this.request('GET', this.baseUrl, undefined, 'read the index')) as { _links?: Record<string, HalLink> };
    return index._links ?? {};
  }

  /** Send a JSON request; returns the parsed JSON answer. @throws TreatyError TREATY_PROVIDER_BROKER_FAILED */
  async request(method: string, url: string, body: unknown, what: string): Promise<unknown> {
    const absolute = new URL(url, this.baseUrl.endsWith('/') ? this.baseUrl : this.baseUrl + '/').href;
    let response: Response;
    try {
      response = await fetch(absolute, {
        method,
        headers: body === undefined ? this.headers : { ...this.headers, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw providerErrors.TREATY_PROVIDER_BROKER_FAILED([what, absolute, (error as Error).message], { source: absolute }, error);
    }
    const text = await response.text();
    if (!response.ok) {
      throw providerErrors.TREATY_PROVIDER_BROKER_FAILED([what, absolute, `HTTP ${response.status} ${text.slice(0, 300)}`], { source: absolute, status: response.status });
    }
    try {
      return text ? (JSON.parse(text) as unknown) : {};
    } catch {
      return {};
    }
  }
}
