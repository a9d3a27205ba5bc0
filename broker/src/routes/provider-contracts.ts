import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { isTreatyError } from '@treaty/core';
import { parseContract } from '@treaty/openapi/contract';
import { readProviderContractInput, type ProviderContractInput } from '../domain/provider-contract-input';
import { invalid, notFound } from '../errors';
import { links } from '../hal/links';
import { baseUrlOf } from '../http/broker-context';
import { sendHal, url } from '../http/hal';
import { checkContractAgainstPacts } from '../services/cross-contract-results';
import { addBranchVersion } from '../storage/repositories/branches';
import { ensurePacticipant } from '../storage/repositories/pacticipants';
import {
  crossResultsOfContract,
  findProviderContract,
  saveProviderContract,
  type ProviderContractRow,
} from '../storage/repositories/provider-contracts';
import { addTag } from '../storage/repositories/tags';
import { ensureVersion } from '../storage/repositories/versions';
import type { Database } from '../storage/database';
import { objectBody, requireVersion } from './lookups';

type VersionParams = { Params: { provider: string; version: string } };

/** The contract must be a readable OpenAPI or AsyncAPI document, of the kind its `contractType` names. */
function assertContract(input: ProviderContractInput): void {
  let kind: string;
  try {
    kind = parseContract(input.content, { source: 'content', brokenRefs: 'report' }).kind;
  } catch (error) {
    if (!isTreatyError(error)) throw error;
    throw invalid('publish provider contract', {
      content: [`is not a readable OpenAPI document or AsyncAPI document (${(error as Error).message})`],
    });
  }
  const expected = input.contractType === 'asyncapi' ? 'asyncapi' : 'openapi';
  if (kind !== expected) {
    throw invalid('publish provider contract', {
      contractType: [
        `is ${input.contractType}, but the content is an ${kind === 'asyncapi' ? 'AsyncAPI' : 'OpenAPI'} ` +
          `document: set it to ${kind === 'asyncapi' ? 'asyncapi' : 'oas'}`,
      ],
    });
  }
}

async function publish(db: Database, providerName: string, input: ProviderContractInput): Promise<ProviderContractRow> {
  assertContract(input);
  return db.transaction(async (tx) => {
    const provider = await ensurePacticipant(tx, providerName);
    const { version } = await ensureVersion(tx, provider.id, input.version, input.buildUrl);
    if (input.branch) await addBranchVersion(tx, provider.id, input.branch, version.id);
    for (const tag of input.tags) await addTag(tx, version.id, tag);
    const sha = createHash('sha256').update(input.content).digest('hex');
    const row = await saveProviderContract(tx, {
      providerId: provider.id,
      providerVersionId: version.id,
      sha,
      ...input,
    });
    await checkContractAgainstPacts(tx, row);
    return row;
  });
}

function contractJson(base: string, row: ProviderContractRow): Record<string, unknown> {
  const self = url(base, 'provider-contracts', 'provider', row.provider_name, 'version', row.provider_version_number);
  return {
    providerName: row.provider_name,
    providerVersionNumber: row.provider_version_number,
    contractType: row.contract_type,
    contentType: row.content_type,
    content: row.content,
    selfVerificationResults: {
      success: row.self_verification_success === 1,
      content: row.self_verification_content ?? undefined,
      contentType: row.self_verification_content_type ?? undefined,
      verifier: row.verifier ?? undefined,
    },
    buildUrl: row.build_url ?? undefined,
    createdAt: row.created_at,
    _links: {
      self: { title: 'Provider contract', href: self },
      'pb:provider': { title: 'Provider', name: row.provider_name, href: links.pacticipant(base, row.provider_name) },
      'pb:provider-version': {
        title: 'Provider version',
        name: row.provider_version_number,
        href: links.version(base, row.provider_name, row.provider_version_number),
      },
      'pb:cross-contract-verification-results': {
        title: 'Results against consumer pacts',
        href: `${self}/cross-contract-verification-results`,
      },
    },
  };
}

/**
 * The answer to PactFlow's `POST .../publish`: notices, the version and its tags/branch links (read by `pactflow
 * publish-provider-contract`).
 */
function publicationJson(
  base: string,
  row: ProviderContractRow,
  input: ProviderContractInput,
): Record<string, unknown> {
  const { provider_name: provider, provider_version_number: number } = row;
  const verified = row.self_verification_success === 1 ? 'passed' : 'failed';
  const notices = [
    {
      type: 'success',
      text: `Provider contract for ${provider} version ${number} published (self-verification ${verified}).`,
    },
  ];
  if (input.selfVerification.content === undefined && input.selfVerification.verifier === undefined) {
    notices.push({
      type: 'warning',
      text:
        'No self-verification results were sent with the contract. Pass --verification-results and --verifier ' +
        'so it counts as verified.',
    });
  }
  const json = contractJson(base, row);
  const contractLinks = json._links as Record<string, unknown>;
  return {
    notices,
    ...json,
    _embedded: { version: { number, _links: { self: { href: links.version(base, provider, number) } } } },
    _links: {
      ...contractLinks,
      'pb:pacticipant-version-tags': input.tags.map((tag) => ({
        name: tag,
        href: links.tag(base, provider, number, tag),
      })),
      ...(input.branch
        ? {
            'pb:branch-version': {
              name: input.branch,
              href: links.branchVersion(base, provider, input.branch, number),
            },
          }
        : {}),
    },
  };
}

/**
 * PactFlow-style provider contracts (bi-directional testing): publish, fetch, and the results against consumer pacts.
 */
export const providerContractRoutes: FastifyPluginAsync = async (app) => {
  const { db, options } = app.broker;
  const base = (request: FastifyRequest) => baseUrlOf(request, options);
  const find = async (params: VersionParams['Params']) => {
    const { version } = await requireVersion(db, params.provider, params.version);
    const row = await findProviderContract(db, version.id);
    if (!row) throw notFound(`provider contract of ${params.provider} version ${params.version}`);
    return row;
  };

  // `/contracts/provider/...` is where PactFlow clients without `pf:publish-provider-contract` (the Ruby pactflow
  // client) PUT.
  for (const path of [
    '/provider-contracts/provider/:provider/version/:version',
    '/contracts/provider/:provider/version/:version',
  ]) {
    app.put<VersionParams>(path, async (request, reply) => {
      const row = await publish(
        db,
        request.params.provider,
        readProviderContractInput(objectBody(request.body), request.params.version),
      );
      return sendHal(reply, contractJson(base(request), row), 201);
    });
  }
  app.post<VersionParams>('/provider-contracts/provider/:provider/publish', async (request, reply) => {
    const input = readProviderContractInput(objectBody(request.body));
    const row = await publish(db, request.params.provider, input);
    return sendHal(reply, publicationJson(base(request), row, input), 201);
  });
  app.get<VersionParams>('/provider-contracts/provider/:provider/version/:version', async (request, reply) =>
    sendHal(reply, contractJson(base(request), await find(request.params))),
  );
  app.get<VersionParams>(
    '/provider-contracts/provider/:provider/version/:version/cross-contract-verification-results',
    async (request, reply) => {
      const row = await find(request.params);
      const results = (await crossResultsOfContract(db, row.id)).map((r) => ({
        consumerName: r.consumer_name,
        consumerVersionNumber: r.consumer_version_number,
        pactSha: r.sha,
        success: r.success === 1,
        issues: JSON.parse(r.issues),
        createdAt: r.created_at,
        _links: {
          'pb:pact-version': { href: links.pactVersion(base(request), row.provider_name, r.consumer_name, r.sha) },
        },
      }));
      return sendHal(reply, {
        providerName: row.provider_name,
        providerVersionNumber: row.provider_version_number,
        results,
        _links: {
          self: {
            href:
              url(
                base(request),
                'provider-contracts',
                'provider',
                row.provider_name,
                'version',
                row.provider_version_number,
              ) + '/cross-contract-verification-results',
          },
        },
      });
    },
  );
};
