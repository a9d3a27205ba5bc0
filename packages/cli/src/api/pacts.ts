import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linksOf, type BrokerClient, type HalLink, type HalResource } from '@treaty/broker-client';
import { embeddedList } from './embedded';

/** The latest pact of one integration. */
export interface LatestPact {
  consumer: string;
  consumerVersion: string;
  provider: string;
  createdAt?: string;
}

/**
 * The latest pact of every integration (`pb:latest-pact-versions`): the broker's answer and a row per pact.
 * @throws TreatyError on broker errors.
 */
export async function listLatestPactVersions(
  client: BrokerClient,
): Promise<{ resource: HalResource; pacts: LatestPact[] }> {
  const resource = await client.get(
    await client.link('pb:latest-pact-versions', {}, '/pacts/latest'),
    'list the latest pacts',
  );
  return { resource, pacts: latestPactRows(resource) };
}

function latestPactRows(resource: HalResource): LatestPact[] {
  return embeddedList<HalResource>(resource, 'pacts').map((pact) => {
    const embedded = (pact._embedded ?? {}) as {
      consumer?: { name?: string; _embedded?: { version?: { number?: string } } };
      provider?: { name?: string };
    };
    return {
      consumer: embedded.consumer?.name ?? '',
      consumerVersion: embedded.consumer?._embedded?.version?.number ?? '',
      provider: embedded.provider?.name ?? '',
      createdAt: pact.createdAt as string | undefined,
    };
  });
}

/** Options of {@link getPacts}. */
export interface GetPactsOptions {
  client: BrokerClient;
  provider: string;
  consumer?: string;
  /** The consumer branch; the main branch of each consumer when left out. */
  branch?: string;
  /** Only the latest pact of each consumer (of the branch). */
  latest?: boolean;
}

/** One pact `get-pacts` found, with its content. */
export interface FetchedPact {
  consumer: string;
  consumerVersion?: string;
  provider: string;
  /** The broker's title, e.g. `Pact between web (1.0.0) and api`. */
  title?: string;
  description?: string;
  url: string;
  content: HalResource;
}

/**
 * The pacts of a provider on a branch (the consumers' main branches by default), found through
 * `pb:provider-pacts-for-verification` as a verifier would, each with its content.
 * @throws TreatyError on broker errors.
 */
export async function getPacts(options: GetPactsOptions): Promise<FetchedPact[]> {
  const { client, provider } = options;
  const selector = {
    ...(options.branch ? { branch: options.branch } : { mainBranch: true }),
    ...(options.consumer ? { consumer: options.consumer } : {}),
    ...(options.latest ? { latest: true } : {}),
  };
  const url = await client.link(
    'pb:provider-pacts-for-verification',
    { provider },
    '/pacts/provider/{provider}/for-verification',
  );
  const answer = await client.post(url, { consumerVersionSelectors: [selector] }, `find the pacts of ${provider}`);
  const out: FetchedPact[] = [];
  for (const entry of embeddedList<HalResource>(answer, 'pacts')) {
    const self = entry._links?.self as HalLink | undefined;
    if (!self?.href) continue;
    const content = await client.get(self.href, `read the pact ${entry.shortDescription ?? self.href}`);
    const consumer = (content.consumer as { name?: string } | undefined)?.name ?? '';
    const consumerVersion =
      (linksOf(content, 'pb:consumer-version')[0]?.name ?? /\(([^()]+)\)/.exec(self.name ?? '')?.[1]) || undefined;
    out.push({
      consumer,
      provider,
      consumerVersion,
      title: self.name ?? self.title,
      description: entry.shortDescription as string | undefined,
      url: client.url(self.href),
      content,
    });
  }
  return out;
}

/** Write each pact to `dir` as `<consumer>-<provider>-<consumer version>.json`, as the official CLI names them; resolves with the paths. */
export async function downloadPacts(pacts: readonly FetchedPact[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const pact of pacts) {
    const name = [pact.consumer, pact.provider, pact.consumerVersion].filter(Boolean).join('-');
    const path = join(dir, `${name}.json`.replace(/[^\w.-]+/g, '_'));
    await writeFile(path, `${JSON.stringify(pact.content, null, 2)}\n`);
    paths.push(path);
  }
  return paths;
}
