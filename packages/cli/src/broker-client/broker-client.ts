import { cliErrors } from '../errors';
import { authorizationHeader, type BrokerAuth } from './auth';
import { brokerErrorMessage } from './broker-error-message';
import { describeNetworkError } from './describe-network-error';
import { expandTemplate, linksOf, type HalResource } from './hal';

/** Options of {@link BrokerClient}. */
export interface BrokerClientOptions extends BrokerAuth {
  /** The broker's base URL, e.g. `http://localhost:9292`. */
  baseUrl: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** How many times to retry a request answered 5xx, 408 or 429 (exponential backoff from 500 ms). Default 3. */
  retries?: number;
  /** First retry delay in ms; default 500. */
  retryDelayMs?: number;
}

/** What a request is for, used in error messages ("publish pacts"). */
type Purpose = string;

const hints: Record<number, string> = {
  401: 'Pass credentials with --broker-token or --broker-username/--broker-password',
  403: 'Use credentials that may write to the broker',
  400: 'Check the values passed',
  404: 'Check the names and the broker URL',
  422: 'Check the values passed',
  409: 'Publish with a new version number',
};

/**
 * A small Pact Broker HTTP client: follows HAL links from the index, authenticates with a token or Basic auth,
 * retries transient failures and turns every failure into one TreatyError.
 * @example const client = new BrokerClient({ baseUrl: 'http://localhost:9292' }); await client.link('pb:environments');
 */
export class BrokerClient {
  readonly baseUrl: string;
  private readonly options: BrokerClientOptions;
  private indexResource: Promise<HalResource> | undefined;

  constructor(options: BrokerClientOptions) {
    this.options = Object.freeze({ ...options });
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** The broker's index resource (fetched once). @throws TreatyError when unreachable. */
  index(): Promise<HalResource> {
    this.indexResource ??= this.get(`${this.baseUrl}/`, 'read the broker index');
    return this.indexResource;
  }

  /**
   * The href of an index relation with template parameters filled, or `fallback` (a path) when the index lacks it.
   * @throws TreatyError when the broker cannot be reached or the relation is missing without a fallback.
   */
  async link(rel: string, params: Record<string, string> = {}, fallback?: string): Promise<string> {
    const [found] = linksOf(await this.index(), rel);
    const href = found?.href ?? (fallback === undefined ? undefined : `${this.baseUrl}${fallback}`);
    if (!href) throw cliErrors.TREATY_CLI_BROKER_RESPONSE(['the index', `it has no ${rel} relation`]);
    return expandTemplate(href, params);
  }

  /** GET a resource. @throws TreatyError on network and HTTP errors. */
  get(url: string, purpose: Purpose): Promise<HalResource> {
    return this.request('GET', url, undefined, purpose);
  }

  /** GET a resource, or undefined when the broker answers 404. @throws TreatyError on other errors. */
  async find(url: string, purpose: Purpose): Promise<HalResource | undefined> {
    return this.request('GET', url, undefined, purpose, true);
  }

  /** POST JSON. @throws TreatyError on network and HTTP errors. */
  post(url: string, body: unknown, purpose: Purpose): Promise<HalResource> {
    return this.request('POST', url, body, purpose);
  }

  /** PUT JSON. @throws TreatyError on network and HTTP errors. */
  put(url: string, body: unknown, purpose: Purpose): Promise<HalResource> {
    return this.request('PUT', url, body, purpose);
  }

  /** DELETE a resource. @throws TreatyError on network and HTTP errors. */
  delete(url: string, purpose: Purpose): Promise<HalResource> {
    return this.request('DELETE', url, undefined, purpose);
  }

  /** PATCH with a JSON merge patch. @throws TreatyError on network and HTTP errors. */
  patch(url: string, body: unknown, purpose: Purpose): Promise<HalResource> {
    return this.request('PATCH', url, body, purpose);
  }

  private headers(hasBody: boolean, method: string): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/hal+json, application/json', ...this.options.headers };
    const authorization = authorizationHeader(this.options);
    if (authorization) headers.authorization = authorization;
    if (hasBody) headers['content-type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
    return headers;
  }

  private async request(method: string, url: string, body: unknown, purpose: Purpose, allow404 = false): Promise<HalResource> {
    const init = { method, headers: this.headers(body !== undefined, method), body: body === undefined ? undefined : JSON.stringify(body) };
    const retries = this.options.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(url, init);
      const transient = response.status >= 500 || response.status === 408 || response.status === 429;
      if (transient && attempt < retries) {
        await delay((this.options.retryDelayMs ?? 500) * 2 ** attempt);
        continue;
      }
      if (allow404 && response.status === 404) return undefined as unknown as HalResource;
      return this.read(response, purpose, url);
    }
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init);
    } catch (error) {
      throw cliErrors.TREATY_CLI_BROKER_UNREACHABLE([this.baseUrl, describeNetworkError(error)], { source: url }, error);
    }
  }

  private async read(response: Response, purpose: Purpose, url: string): Promise<HalResource> {
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? {} : JSON.parse(text);
    } catch {
      if (response.ok) throw cliErrors.TREATY_CLI_BROKER_RESPONSE([url, 'the body is not JSON'], { source: url });
    }
    if (!response.ok) {
      const message = brokerErrorMessage(parsed);
      const status = `${response.status}${message ? ` (${message.replace(/\.$/, '')})` : ''}`;
      throw cliErrors.TREATY_CLI_BROKER_REQUEST([purpose, status, hints[response.status] ?? 'Check the broker logs'], { source: url, status: response.status });
    }
    return parsed as HalResource;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
