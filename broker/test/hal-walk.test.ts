import { startHttpBroker, type HttpBroker } from './support/http-broker';
import { seedBroker, type Seeded } from './support/seed';

jest.setTimeout(60_000);

const MAX_RESOURCES = 600;

/** Values for the templates the index and the resources advertise; `uuid` depends on the relation. */
function templateValues(seeded: Seeded, rel: string): Record<string, string> {
  return {
    provider: 'Orders', consumer: 'Web', pacticipant: 'Web', consumerApplicationVersion: '1.0.0', version: '1.0.0',
    tag: 'prod', branch: 'main', environment: 'production', label: 'team-a', sha: seeded.pactSha,
    uuid: rel.includes('webhook') ? seeded.webhookUuid : seeded.environmentUuid,
  };
}

/** Fill `{name}` placeholders; a placeholder without a value fails the walk. */
function expand(href: string, values: Record<string, string>): string {
  return href.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for template variable {${name}} in ${href}`);
    return encodeURIComponent(values[name]);
  });
}

interface Found {
  rel: string;
  href: string;
  from: string;
}

/** Every `_links` entry anywhere in a body (embedded resources included), except curies and non-GET links. */
function linksIn(body: unknown, from: string, out: Found[] = []): Found[] {
  if (Array.isArray(body)) body.forEach((item) => linksIn(item, from, out));
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key !== '_links') {
      linksIn(value, from, out);
      continue;
    }
    for (const [rel, link] of Object.entries(value as Record<string, unknown>)) {
      if (rel === 'curies') continue;
      for (const one of [link].flat() as { href?: string; method?: string }[]) {
        if (one?.href && (!one.method || one.method === 'GET')) out.push({ rel, href: one.href, from });
      }
    }
  }
  return out;
}

describe('HAL walk: every link the broker advertises resolves', () => {
  let broker: HttpBroker;
  let seeded: Seeded;
  beforeAll(async () => {
    broker = await startHttpBroker();
    seeded = await seedBroker(broker);
  });
  afterAll(() => broker.close());

  it('answers every link reachable from the index (bounded) without a 404 or a 5xx', async () => {
    const seen = new Set<string>();
    const broken: string[] = [];
    const rels = new Set<string>();
    const queue: Found[] = [{ rel: 'index', href: `${broker.url}/`, from: '(start)' }];
    while (queue.length > 0 && seen.size < MAX_RESOURCES) {
      const next = queue.shift()!;
      const target = expand(next.href, templateValues(seeded, next.rel));
      if (!target.startsWith(broker.url) || seen.has(target)) continue;
      seen.add(target);
      rels.add(next.rel);
      const response = await fetch(target, { headers: { accept: 'application/hal+json, application/json' } });
      const text = await response.text();
      if (response.status === 404 || response.status >= 500) broken.push(`${response.status} ${next.rel} ${target} (linked from ${next.from})`);
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) continue;
      queue.push(...linksIn(JSON.parse(text), target));
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(60);
    expect(seen.size).toBeLessThan(MAX_RESOURCES);
    for (const rel of rels) {
      const [prefix, name] = rel.split(':');
      if (!name || !['pb', 'pf', 'beta'].includes(prefix)) continue;
      const doc = await fetch(`${broker.url}/doc/${encodeURIComponent(name)}?context=index`);
      if (doc.status !== 200) broken.push(`${doc.status} /doc/${name}`);
    }
    expect(broken).toEqual([]);
  });
});
