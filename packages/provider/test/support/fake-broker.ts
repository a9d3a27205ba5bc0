import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pact the fake broker serves, with the verification properties the broker would give it. */
export interface ServedPact {
  json: Record<string, unknown>;
  pending?: boolean;
  wip?: boolean;
  notices?: string[];
}

/** A request the fake broker received. */
export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A small stand-in for the Pact Broker's HAL API (index, pacts-for-verification, pact, branch/tag, publish),
 * serving the real response shapes and recording what clients send.
 */
export class FakeBroker {
  readonly requests: Recorded[] = [];
  url = '';
  private server?: Server;

  constructor(
    private readonly pacts: ServedPact[],
    private readonly token: string,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The recorded requests whose method and path match. */
  find(method: string, path: RegExp): Recorded[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = decodeURI(req.url ?? '/');
    this.requests.push({ method: req.method ?? '', path, body: text ? JSON.parse(text) : undefined });
    if (req.headers.authorization !== `Bearer ${this.token}`) return this.send(res, 401, { error: 'unauthorised' });
    const answer = this.route(req.method ?? '', path);
    return this.send(res, answer.status, answer.body);
  }

  private route(method: string, path: string): { status: number; body: unknown } {
    const u = this.url;
    if (method === 'GET' && path === '/') {
      return {
        status: 200,
        body: {
          _links: {
            self: { href: u },
            'pb:provider-pacts-for-verification': {
              href: `${u}/pacts/provider/{provider}/for-verification`,
              templated: true,
            },
            'pb:pacticipant-branch-version': {
              href: `${u}/pacticipants/{pacticipant}/branches/{branch}/versions/{version}`,
              templated: true,
            },
            'pb:pacticipant-version-tag': {
              href: `${u}/pacticipants/{pacticipant}/versions/{version}/tags/{tag}`,
              templated: true,
            },
          },
        },
      };
    }
    if (method === 'POST' && /^\/pacts\/provider\/[^/]+\/for-verification$/.test(path))
      return { status: 200, body: this.forVerification() };
    const pact = /^\/pacts\/provider\/[^/]+\/consumer\/[^/]+\/pact-version\/(\d+)$/.exec(path);
    if (method === 'GET' && pact) return { status: 200, body: this.pactResource(Number(pact[1])) };
    if (method === 'POST' && /\/verification-results$/.test(path)) return { status: 201, body: { success: true } };
    if (method === 'PUT' && /^\/pacticipants\//.test(path)) return { status: 200, body: {} };
    return { status: 404, body: { error: `no route ${method} ${path}` } };
  }

  private pactUrl(index: number): string {
    const json = this.pacts[index].json as { consumer: { name: string }; provider: { name: string } };
    return `${this.url}/pacts/provider/${json.provider.name}/consumer/${json.consumer.name}/pact-version/${index}`;
  }

  private forVerification(): unknown {
    const pacts = this.pacts.map((pact, index) => ({
      shortDescription: `latest from main of ${(pact.json.consumer as { name: string }).name}`,
      verificationProperties: {
        pending: pact.pending === true,
        ...(pact.wip ? { wip: true } : {}),
        notices: (pact.notices ?? []).map((text) => ({ when: 'before_verification', text })),
      },
      _links: { self: { href: this.pactUrl(index), name: `Pact ${index}` } },
    }));
    return { _embedded: { pacts }, _links: { self: { href: `${this.url}/pacts/provider/x/for-verification` } } };
  }

  private pactResource(index: number): unknown {
    const json = this.pacts[index].json;
    const key = Array.isArray(json.interactions) ? 'interactions' : 'messages';
    const interactions = (json[key] as Array<Record<string, unknown>>).map((interaction, i) => ({
      _id: `id-${index}-${i}`,
      ...interaction,
    }));
    return {
      ...json,
      [key]: interactions,
      _links: { 'pb:publish-verification-results': { href: `${this.pactUrl(index)}/verification-results` } },
    };
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/hal+json' });
    res.end(JSON.stringify(body));
  }
}
