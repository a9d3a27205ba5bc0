import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** A raw response: status, headers with every value kept, and the body bytes. */
export interface RawResponse {
  status: number;
  headers: Record<string, string[]>;
  body: Buffer;
}

/** One request to send. */
export interface RawRequest {
  method: string;
  /** Path and query string. */
  path: string;
  headers: Record<string, string[]>;
  body?: string | Uint8Array;
}

function collectHeaders(res: IncomingMessage): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i];
    (out[name] ??= []).push(res.rawHeaders[i + 1]);
  }
  return out;
}

// The request's headers, with a Content-Length for its body unless it has one (a copy only then).
function withContentLength(req: RawRequest): Record<string, string | string[]> {
  if (req.body === undefined || Object.keys(req.headers).some((h) => h.toLowerCase() === 'content-length'))
    return req.headers;
  return { ...req.headers, 'Content-Length': String(Buffer.byteLength(req.body)) };
}

/** A keep-alive HTTP client bound to one base URL: every request reuses the same connection(s). */
export class ProviderClient {
  private readonly base: URL;
  /** The base URL's path without its trailing slashes: request paths go below it. */
  private readonly prefix: string;
  private readonly agent: HttpAgent;

  constructor(baseUrl: string, options: { disableSslVerification?: boolean } = {}) {
    this.base = new URL(baseUrl);
    this.prefix = this.base.pathname.replace(/\/+$/, '');
    const agentOptions = { keepAlive: true, maxSockets: 8 };
    this.agent =
      this.base.protocol === 'https:'
        ? new HttpsAgent({ ...agentOptions, rejectUnauthorized: options.disableSslVerification !== true })
        : new HttpAgent(agentOptions);
  }

  /**
   * Send one request; rejects on network errors and after `timeoutMs`. A request that fails with ECONNRESET on a
   * reused keep-alive connection (the provider closed it while idle) is sent once more on a fresh one.
   */
  async send(req: RawRequest, timeoutMs: number): Promise<RawResponse> {
    try {
      return await this.sendOnce(req, timeoutMs);
    } catch (error) {
      if (
        (error as { reusedSocket?: boolean; code?: string }).reusedSocket &&
        (error as { code?: string }).code === 'ECONNRESET'
      )
        return this.sendOnce(req, timeoutMs);
      throw error;
    }
  }

  private sendOnce(req: RawRequest, timeoutMs: number): Promise<RawResponse> {
    const send = this.base.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = withContentLength(req);
    return new Promise((resolve, reject) => {
      // One plain timer per request: cheaper than socket timeouts, which re-arm on every chunk.
      const timer = setTimeout(() => outgoing.destroy(new Error(`no response within ${timeoutMs} ms`)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(Object.assign(error, { reusedSocket: outgoing.reusedSocket }));
      };
      const outgoing = send(
        {
          protocol: this.base.protocol,
          // URL keeps an IPv6 literal's brackets (`[::1]`), which a DNS lookup of the hostname cannot resolve.
          hostname: this.base.hostname.replace(/^\[(.*)\]$/, '$1'),
          port: this.base.port,
          method: req.method,
          path: this.prefix + req.path,
          headers,
          agent: this.agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            clearTimeout(timer);
            resolve({
              status: res.statusCode ?? 0,
              headers: collectHeaders(res),
              body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
            });
          });
          res.on('error', fail);
        },
      );
      outgoing.on('error', fail);
      outgoing.end(req.body);
    });
  }

  /** Close the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}
