import { authorizationHeader, type BrokerAuth } from './auth';
import { brokerErrorMessage } from './broker-error-message';
import { describeNetworkError } from './describe-network-error';
import { brokerClientErrors } from './errors';
import { expandTemplate, linksOf, type HalResource } from './hal';
import { isIdempotent, isTransientNetworkError, isTransientStatus, retryDelayMs } from './retry-policy';

/** Options of {@link BrokerClient}. */
export interface BrokerClientOptions extends BrokerAuth {
  /** The broker's base URL, e.g. `http://localhost:9292`. */
  baseUrl: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** How many times to retry an idempotent request answered 5xx, 408 or 429, or cut off by a reset. Default 3. */
  retries?: number;
  /** First retry delay in ms, doubling after each retry (a `Retry-After` header wins). Default 500. */
  retryDelayMs?: number;
  /** How long one attempt may take, in ms. Default 30000. */
  timeoutMs?: number;
}

/** One request: its body and what it is for ("publish pacts", used in error messages). */
export interface BrokerRequest {
  body?: unknown;
  purpose: string;
  /** Resolve with undefined instead of throwing when the broker answers 404. */
  allow404?: boolean;
}

const hints: Record<number, string> = {
  400: 'Check the values passed',
  401: 'Pass credentials: a token, or a username and password',
  403: 'Use credentials that may do this',
  404: 'Check the names and the broker URL',
  409: 'Publish with a new version number',
  422: 'Check the values passed',
};

/**
 * A Pact Broker HTTP client: follows HAL links from the index, authenticates with a token or Basic auth,
 * retries idempotent requests on transient failures, times out, and turns every failure into one TreatyError.
 * @example
 * const client = new BrokerClient({ baseUrl: 'http://localhost:9292', token: process.env.PACT_BROKER_TOKEN });
 * const environments = await client.get(await client.link('pb:environments'), 'list environments');
 * @throws TreatyError TREATY_BROKER_CLIENT_INVALID_OPTIONS when the base URL or a number is invalid.
 */
export class BrokerClient {
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
  private readonly options: Readonly<BrokerClientOptions>;
  private indexResource: Promise<HalResource> | undefined;

  constructor(options: BrokerClientOptions) {
    this.options = Object.freeze({ ...options });
    this.baseUrl = checkOptions(options).replace(/\/+$/, '');
  }

  /** The broker's index resource, fetched once. @throws TreatyError when the broker fails or cannot be reached. */
  index(): Promise<HalResource> {
    this.indexResource ??= this.get(`${this.baseUrl}/`, 'read the broker index');
    this.indexResource.catch(() => (this.indexResource = undefined));
    return this.indexResource;
  }

  /**
   * The href of an index relation with its template parameters filled, or `fallback` (a path) when the index lacks it.
   * @throws TreatyError TREATY_BROKER_CLIENT_NO_RELATION when the relation is missing and there is no fallback.
   */
  async link(rel: string, params: Record<string, string> = {}, fallback?: string): Promise<string> {
    const [found] = linksOf(await this.index(), rel);
    const href = found?.href ?? (fallback === undefined ? undefined : `${this.baseUrl}${fallback}`);
    if (!href)
      throw brokerClientErrors.TREATY_BROKER_CLIENT_NO_RELATION([rel, this.baseUrl], { source: this.baseUrl, rel });
    return this.url(expandTemplate(href, params));
  }

  /**
   * GET the resource a relation of `resource` points to (the first link when there are several), its template filled.
   * @example const version = await client.follow(pact, 'pb:consumer-version', {}, 'read the consumer version');
   * @throws TreatyError TREATY_BROKER_CLIENT_NO_RELATION when `resource` has no such link; the errors of {@link get}.
   */
  async follow(
    resource: HalResource,
    rel: string,
    params: Record<string, string>,
    purpose: string,
  ): Promise<HalResource> {
    const [found] = linksOf(resource, rel);
    const self = linksOf(resource, 'self')[0]?.href ?? this.baseUrl;
    if (!found?.href) throw brokerClientErrors.TREATY_BROKER_CLIENT_NO_RELATION([rel, self], { source: self, rel });
    return this.get(expandTemplate(found.href, params), purpose);
  }

  /** `href` made absolute against the base URL (brokers behind proxies sometimes answer relative links). */
  url(href: string): string {
    return new URL(href, `${this.baseUrl}/`).href;
  }

  /** GET a resource. @throws TreatyError on network and HTTP errors. */
  get(url: string, purpose: string): Promise<HalResource> {
    return this.request('GET', url, { purpose }) as Promise<HalResource>;
  }

  /** GET a resource, or undefined when the broker answers 404. @throws TreatyError on other errors. */
  find(url: string, purpose: string): Promise<HalResource | undefined> {
    return this.request('GET', url, { purpose, allow404: true });
  }

  /** POST JSON (never retried). @throws TreatyError on network and HTTP errors. */
  post(url: string, body: unknown, purpose: string): Promise<HalResource> {
    return this.request('POST', url, { body, purpose }) as Promise<HalResource>;
  }

  /** PUT JSON. @throws TreatyError on network and HTTP errors. */
  put(url: string, body: unknown, purpose: string): Promise<HalResource> {
    return this.request('PUT', url, { body, purpose }) as Promise<HalResource>;
  }

  /** PATCH with a JSON merge patch (never retried). @throws TreatyError on network and HTTP errors. */
  patch(url: string, body: unknown, purpose: string): Promise<HalResource> {
    return this.request('PATCH', url, { body, purpose }) as Promise<HalResource>;
  }

  /** DELETE a resource; resolves with undefined when it was already gone and `allow404` is set. @throws TreatyError */
  delete(url: string, purpose: string, allow404 = false): Promise<HalResource | undefined> {
    return this.request('DELETE', url, { purpose, allow404 });
  }

  /**
   * Send one request and read the JSON answer (an empty body reads as `{}`).
   * @throws TreatyError TREATY_BROKER_CLIENT_UNREACHABLE, _TIMEOUT, _REQUEST (4xx/5xx, with `details.status`) or
   *   _RESPONSE.
   */
  async request(method: string, url: string, request: BrokerRequest): Promise<HalResource | undefined> {
    const absolute = this.url(url);
    const init = { method, headers: this.headers(request.body !== undefined, method), body: jsonBody(request.body) };
    const retries = isIdempotent(method) ? (this.options.retries ?? 3) : 0;
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(absolute, init, request.purpose, attempt < retries);
      if (!response || (isTransientStatus(response.status) && attempt < retries)) {
        await response?.body?.cancel();
        await delay(
          retryDelayMs(attempt, this.options.retryDelayMs ?? 500, response?.headers.get('retry-after') ?? null),
        );
        continue;
      }
      if (request.allow404 && response.status === 404) return undefined;
      return readAnswer(response, request.purpose, absolute, method);
    }
  }

  private headers(hasBody: boolean, method: string): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/hal+json, application/json',
      ...this.options.headers,
    };
    const authorization = authorizationHeader(this.options);
    if (authorization) headers.authorization = authorization;
    if (hasBody) headers['content-type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
    return headers;
  }

  /** The response, or undefined when a transient network failure may be retried. */
  private async send(
    url: string,
    init: RequestInit,
    purpose: string,
    mayRetry: boolean,
  ): Promise<Response | undefined> {
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if ((error as Error)?.name === 'TimeoutError') {
        throw brokerClientErrors.TREATY_BROKER_CLIENT_TIMEOUT(
          [purpose, this.baseUrl, timeoutMs],
          { source: url, timeoutMs },
          error,
        );
      }
      if (mayRetry && isTransientNetworkError(error)) return undefined;
      throw brokerClientErrors.TREATY_BROKER_CLIENT_UNREACHABLE(
        [this.baseUrl, describeNetworkError(error)],
        { source: url },
        error,
      );
    }
  }
}

function checkOptions(options: BrokerClientOptions): string {
  const invalid = (what: string, fix: string) => brokerClientErrors.TREATY_BROKER_CLIENT_INVALID_OPTIONS([what, fix]);
  if (!options.baseUrl || !/^https?:\/\/[^/]/i.test(options.baseUrl) || !URL.canParse(options.baseUrl)) {
    throw invalid(
      `the base URL ${JSON.stringify(options.baseUrl ?? '')} is not an http(s) URL`,
      'Pass the broker URL, e.g. http://localhost:9292',
    );
  }
  for (const name of ['retries', 'retryDelayMs', 'timeoutMs'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= (name === 'timeoutMs' ? 1 : 0))) {
      throw invalid(
        `${name} is ${String(value)}`,
        `Pass a whole number${name === 'timeoutMs' ? ' above 0' : ' of 0 or more'}`,
      );
    }
  }
  return options.baseUrl;
}

function jsonBody(body: unknown): string | undefined {
  return body === undefined ? undefined : JSON.stringify(body);
}

async function readAnswer(response: Response, purpose: string, url: string, method: string): Promise<HalResource> {
  const text = await response.text();
  const isHtml = /html/i.test(response.headers.get('content-type') ?? '');
  let parsed: unknown = text;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    if (response.ok) {
      const what = isHtml ? 'it is an HTML page, not JSON' : 'the body is not JSON';
      throw brokerClientErrors.TREATY_BROKER_CLIENT_RESPONSE([url, what], { source: url, status: response.status });
    }
  }
  if (response.ok) return parsed as HalResource;
  const message = isHtml ? undefined : brokerErrorMessage(parsed);
  const reason = message ? ` (${message.replace(/\.$/, '')})` : response.statusText ? ` ${response.statusText}` : '';
  const status = `${response.status}${reason}`;
  const hint =
    hints[response.status] ??
    (response.status >= 500 ? 'Check the broker logs, or try again later' : 'Check the request');
  throw brokerClientErrors.TREATY_BROKER_CLIENT_REQUEST([purpose, status, hint], {
    source: url,
    status: response.status,
    method,
    brokerMessage: message,
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
