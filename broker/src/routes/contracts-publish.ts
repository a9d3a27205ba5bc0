import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { brokerErrors, invalid } from '../errors';
import { describePath, MAX_JSON_DEPTH, pathBeyondDepth } from '../domain/json-depth';
import { links } from '../hal/links';
import { pactName } from '../hal/pact-json';
import { baseUrlOf, type BrokerContext } from '../http/broker-context';
import { sendHal } from '../http/hal';
import type { PublishedPact } from '../domain/read-pact';
import { publishPact, readPactFor } from '../services/publish-pact';
import type { PublicationRow } from '../storage/repositories/rows';
import { objectBody } from './lookups';

interface ContractInput {
  consumerName: string;
  providerName: string;
  content: string;
  onConflict?: string;
}

interface PublishRequest {
  pacticipantName: string;
  pacticipantVersionNumber: string;
  branch?: string;
  tags: string[];
  buildUrl?: string;
  contracts: ContractInput[];
}

function validContract(contract: unknown, index: number, pacticipant: unknown, errors: Record<string, string[]>): void {
  const at = `contracts[${index}]`;
  const c = (contract ?? {}) as Record<string, unknown>;
  for (const field of ['consumerName', 'providerName', 'content', 'specification', 'contentType']) {
    if (typeof c[field] !== 'string' || c[field] === '') errors[`${at}.${field}`] = ['is missing'];
  }
  if (c.specification !== undefined && c.specification !== 'pact')
    errors[`${at}.specification`] = ['must be one of: pact'];
  if (typeof c.contentType === 'string' && !/json/.test(c.contentType))
    errors[`${at}.contentType`] = ['must be application/json for a pact'];
  if (typeof c.consumerName === 'string' && c.consumerName !== pacticipant)
    errors[`${at}.consumerName`] = [`must match pacticipantName ("${String(pacticipant)}")`];
  if (c.onConflict !== undefined && c.onConflict !== 'overwrite' && c.onConflict !== 'merge')
    errors[`${at}.onConflict`] = ['must be one of: overwrite, merge'];
}

/** Apply the Pact Broker's publish-contracts rules. */
function validRequest(raw: Record<string, unknown>): PublishRequest {
  const errors: Record<string, string[]> = {};
  if (typeof raw.pacticipantName !== 'string' || raw.pacticipantName === '') errors.pacticipantName = ['is missing'];
  if (typeof raw.pacticipantVersionNumber !== 'string' || raw.pacticipantVersionNumber.trim() === '')
    errors.pacticipantVersionNumber = ['is missing'];
  if (raw.branch !== undefined && raw.branch !== null && (typeof raw.branch !== 'string' || raw.branch === ''))
    errors.branch = ['must be a non-empty string'];
  if (raw.tags !== undefined && (!Array.isArray(raw.tags) || raw.tags.some((t) => typeof t !== 'string' || t === '')))
    errors.tags = ['must be an array of non-empty strings'];
  if (!Array.isArray(raw.contracts) || raw.contracts.length === 0) errors.contracts = ['must be a non-empty array'];
  else raw.contracts.forEach((c, i) => validContract(c, i, raw.pacticipantName, errors));
  if (Object.keys(errors).length) throw invalid('publish contracts', errors);
  return {
    ...(raw as unknown as PublishRequest),
    tags: (raw.tags as string[] | undefined) ?? [],
    branch: (raw.branch as string | undefined) ?? undefined,
  };
}

function decodeContent(contract: ContractInput, index: number): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(contract.content, 'base64').toString('utf8'));
  } catch {
    throw invalid('publish contracts', { [`contracts[${index}].content`]: ['is not Base64 encoded JSON'] });
  }
  const tooDeep = pathBeyondDepth(parsed);
  if (tooDeep)
    throw brokerErrors.TREATY_BROKER_TOO_DEEP([
      String(MAX_JSON_DEPTH),
      `contracts[${index}].content ${describePath(tooDeep)}`,
    ]);
  return parsed;
}

function versionNotice(request: PublishRequest, created: boolean): string {
  const extras = [
    request.branch ? `branch ${request.branch}` : '',
    request.tags.length ? `tag${request.tags.length > 1 ? 's' : ''} ${request.tags.join(', ')}` : '',
  ].filter(Boolean);
  return (
    `${created ? 'Created' : 'Updated'} ${request.pacticipantName} ` +
    `version ${request.pacticipantVersionNumber}${extras.length ? ` with ${extras.join(' and ')}` : ''}`
  );
}

const publishedVerb = {
  created: 'Pact successfully published',
  unchanged: 'Pact published (unchanged)',
  replaced: 'Pact successfully republished (content replaced)',
} as const;

/** Publish every contract in one transaction; notices say what happened to each. */
async function publishAll(broker: BrokerContext, input: PublishRequest, pacts: PublishedPact[]) {
  const notices: { type: string; text: string }[] = [];
  const published: PublicationRow[] = [];
  let versionCreated = false;
  await broker.db.transaction(async (tx) => {
    for (const [i, pact] of pacts.entries()) {
      // `onConflict: overwrite` is what clients send by default; as in the Pact Broker it never bypasses the operator's
      // setting.
      const allowOverwrite = broker.options.allowContractOverwrite === true;
      const result = await publishPact(tx, {
        merge: input.contracts[i].onConflict === 'merge',
        pact,
        consumerVersion: input.pacticipantVersionNumber,
        branch: input.branch,
        tags: input.tags,
        buildUrl: input.buildUrl,
        allowOverwrite,
      });
      if (i === 0) versionCreated = result.versionCreated;
      published.push(result.publication);
      notices.push({
        type: 'success',
        text:
          `${publishedVerb[result.outcome]} for ${pact.consumerName} ` +
          `version ${input.pacticipantVersionNumber} and provider ${pact.providerName}.`,
      });
    }
  });
  notices.unshift({ type: 'info', text: versionNotice(input, versionCreated) });
  return { notices, published };
}

function publishedJson(
  base: string,
  input: PublishRequest,
  notices: { type: string; text: string }[],
  published: PublicationRow[],
): Record<string, unknown> {
  const name = input.pacticipantName;
  const number = input.pacticipantVersionNumber;
  return {
    notices,
    logs: notices.map((notice) => ({
      level: notice.type === 'success' ? 'info' : notice.type,
      message: notice.text,
      deprecationWarning: '',
    })),
    _embedded: {
      pacticipant: { name, _links: { self: { href: links.pacticipant(base, name) } } },
      version: {
        number,
        buildUrl: input.buildUrl,
        _links: { self: { title: 'Version', name: number, href: links.version(base, name, number) } },
      },
    },
    _links: {
      'pb:pacticipant': { title: 'Pacticipant', name, href: links.pacticipant(base, name) },
      'pb:pacticipant-version': { title: 'Pacticipant version', name: number, href: links.version(base, name, number) },
      'pb:pacticipant-version-tags': input.tags.map((tag) => ({
        title: 'Tag',
        name: tag,
        href: links.tag(base, name, number, tag),
      })),
      ...(input.branch
        ? {
            'pb:branch-version': {
              title: 'Branch version',
              name: input.branch,
              href: links.branchVersion(base, name, input.branch, number),
            },
          }
        : {}),
      'pb:contracts': published.map((row) => ({
        title: 'Pact',
        name: pactName(row),
        href: links.pact(base, row.provider_name, row.consumer_name, row.consumer_version_number),
      })),
    },
  };
}

async function publishContracts(broker: BrokerContext, request: FastifyRequest, reply: FastifyReply) {
  const input = validRequest(objectBody(request.body));
  const pacts = input.contracts.map((contract, i) =>
    readPactFor(
      decodeContent(contract, i),
      { consumer: contract.consumerName, provider: contract.providerName },
      `contracts[${i}]`,
    ),
  );
  const { notices, published } = await publishAll(broker, input, pacts);
  return sendHal(reply, publishedJson(baseUrlOf(request, broker.options), input, notices, published));
}

/** `POST /contracts/publish`: the Pact Broker's one-call publication of a consumer version's pacts. */
export const contractsPublishRoutes: FastifyPluginAsync = async (app) => {
  app.post('/contracts/publish', (request, reply) => publishContracts(app.broker, request, reply));
};
