import { linksOf, type BrokerClient } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import { listPactFiles, readPactFile, type PactFile } from './read-pact-files';
import { servesUi, uiPactUrl } from './ui-links';

/** Options of {@link publishPacts}. */
export interface PublishPactsOptions {
  client: BrokerClient;
  /** Pact files and directories holding them. */
  paths: readonly string[];
  /** Directory relative paths resolve against. */
  cwd: string;
  consumerAppVersion?: string;
  branch?: string;
  tags?: readonly string[];
  buildUrl?: string;
  /** Merge the interactions into a pact already published for this version, instead of refusing a different one. */
  merge?: boolean;
}

/** A notice the broker sent back (`info`, `success`, `warning`, `error`, ...). */
export interface BrokerNotice {
  type: string;
  text: string;
}

/** What was published for one consumer. */
export interface PublishResult {
  consumer: string;
  version: string;
  branch?: string;
  tags: string[];
  /** Each pact published, with the broker URL where it can be viewed. */
  /** Each pact: `url` is the broker's resource, `uiUrl` its web UI page when the broker serves Treaty's UI. */
  contracts: { consumer: string; provider: string; file: string; url?: string; uiUrl?: string }[];
  notices: BrokerNotice[];
}

function groupByConsumer(files: PactFile[]): Map<string, PactFile[]> {
  const groups = new Map<string, PactFile[]>();
  for (const file of files) {
    const name = file.pact.consumer.name;
    groups.set(name, [...(groups.get(name) ?? []), file]);
  }
  return groups;
}

function contractOf(file: PactFile, merge: boolean) {
  return {
    ...(merge ? { onConflict: 'merge' } : {}),
    consumerName: file.pact.consumer.name,
    providerName: file.pact.provider.name,
    specification: 'pact',
    contentType: 'application/json',
    content: Buffer.from(file.text, 'utf8').toString('base64'),
  };
}

/**
 * Publish pact files with `POST /contracts/publish`, one request per consumer, as the official CLI does.
 * @example await publishPacts({ client, paths: ['pacts'], cwd: process.cwd(), consumerAppVersion: '1.0.0', branch:
 *   'main' });
 * @throws TreatyError for a missing or malformed pact (before anything is sent) and for broker errors.
 */
export async function publishPacts(options: PublishPactsOptions): Promise<PublishResult[]> {
  const version = options.consumerAppVersion;
  if (!version) throw cliErrors.TREATY_CLI_NO_VERSION([]);
  const files = listPactFiles(options.paths, options.cwd).map(readPactFile);
  const href = await options.client.link('pb:publish-contracts', {}, '/contracts/publish');
  const results: PublishResult[] = [];
  let ui: Promise<boolean> | undefined;
  for (const [consumer, group] of groupByConsumer(files)) {
    const body = {
      pacticipantName: consumer,
      pacticipantVersionNumber: version,
      ...(options.branch ? { branch: options.branch } : {}),
      tags: [...(options.tags ?? [])],
      ...(options.buildUrl ? { buildUrl: options.buildUrl } : {}),
      contracts: group.map((file) => contractOf(file, options.merge === true)),
    };
    const response = await options.client.post(href, body, `publish the pacts of ${consumer}`);
    const views = linksOf(response, 'pb:contracts');
    ui ??= servesUi(options.client);
    const uiUrl = (provider: string) => uiPactUrl(options.client.baseUrl, provider, consumer, version);
    const withUi = await ui;
    results.push({
      consumer,
      version,
      branch: options.branch,
      tags: body.tags,
      contracts: group.map((f, i) => ({
        consumer,
        provider: f.pact.provider.name,
        file: f.path,
        url: views[i]?.href,
        ...(withUi ? { uiUrl: uiUrl(f.pact.provider.name) } : {}),
      })),
      notices: Array.isArray(response.notices) ? (response.notices as BrokerNotice[]) : [],
    });
  }
  return results;
}
