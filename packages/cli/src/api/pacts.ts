import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linksOf, type BrokerClient, type HalResource } from '@treaty/broker-client';
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

// The relation the official CLI follows for each filter (consumer, branch, latest), and where treaty-broker serves it.
const PACT_LISTS: Record<string, [string, string]> = {
  'consumer,branch,latest': ['pb:latest-branch-pact-versions', '/consumer/{consumer}/branch/{branch}/latest/versions'],
  'consumer,branch': ['pb:branch-pact-versions', '/consumer/{consumer}/branch/{branch}'],
  'consumer,latest': ['pb:latest-main-branch-pact-versions', '/consumer/{consumer}/branch/latest/versions'],
  consumer: ['pb:main-branch-pact-versions', '/consumer/{consumer}/branch/versions'],
  'branch,latest': ['pb:latest-provider-pacts-with-branch', '/branch/{branch}/latest'],
  branch: ['pb:provider-pacts-with-branch', '/branch/{branch}'],
  latest: ['pb:latest-provider-pacts-with-main-branch', '/branch/latest'],
  '': ['pb:provider-pacts-with-main-branch', '/branch'],
};

/** The URL of the pact list `get-pacts` reads for these filters, from the broker's index. */
async function pactListUrl(options: GetPactsOptions): Promise<string> {
  const key = (['consumer', 'branch', 'latest'] as const).filter((name) => options[name]).join(',');
  const [rel, path] = PACT_LISTS[key];
  const params: Record<string, string> = { provider: options.provider };
  if (options.consumer) params.consumer = options.consumer;
  if (options.branch) params.branch = options.branch;
  return options.client.link(rel, params, `/pacts/provider/{provider}${path}`);
}

/**
 * The pacts of a provider on a branch (the consumers' main branches by default), listed by the relation the official
 * CLI follows (`pb:provider-pacts-with-main-branch` and its kin), each with its content.
 * @throws TreatyError on broker errors.
 */
export async function getPacts(options: GetPactsOptions): Promise<FetchedPact[]> {
  const { client, provider } = options;
  const list = await client.get(await pactListUrl(options), `find the pacts of ${provider}`);
  const out: FetchedPact[] = [];
  for (const link of linksOf(list, 'pb:pacts')) {
    const content = await client.get(link.href, `read the pact ${link.title ?? link.href}`);
    const consumer = (content.consumer as { name?: string } | undefined)?.name ?? link.name ?? '';
    const consumerVersion =
      (linksOf(content, 'pb:consumer-version')[0]?.name ?? /\(([^()]+)\)/.exec(link.title ?? '')?.[1]) || undefined;
    out.push({ consumer, provider, consumerVersion, title: link.title, url: client.url(link.href), content });
  }
  return out;
}

/**
 * Write each pact to `dir` as `<consumer>-<provider>-<consumer version>.json`, as the official CLI names them; resolves
 * with the paths.
 */
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
