import { describeSelector, type ConsumerVersionSelector } from '../domain/selectors';
import { links } from '../hal/links';
import type { Database } from '../storage/database';
import type { PacticipantRow, PublicationRow } from '../storage/repositories/rows';
import { hasSuccessfulVerification } from '../storage/repositories/verifications';
import { resolveSelector, type Selected } from './resolve-selector';
import { findWipPacts } from './wip-pacts';

/** The (validated) body of `POST /pacts/provider/{p}/for-verification`. */
export interface ForVerificationRequest {
  consumerVersionSelectors: ConsumerVersionSelector[];
  providerVersionBranch?: string;
  providerVersionTags: string[];
  includePendingStatus: boolean;
  includeWipPactsSince?: string;
}

/** One pact to verify, as the response lists it. */
export interface PactForVerification {
  shortDescription: string;
  verificationProperties: { pending?: boolean; wip?: boolean; notices: { when: string; text: string }[] };
  _links: { self: { href: string; name: string } };
}

function shortDescription(s: ConsumerVersionSelector, matched?: string): string {
  if (s.mainBranch) return 'latest from main branch';
  if (s.matchingBranch || s.branch) return `latest with branch ${matched ?? s.branch}`;
  if (s.tag) return s.latest ? `latest with tag ${matched ?? s.tag}` : `one of ${s.tag}`;
  if (s.deployed || s.released || s.deployedOrReleased || s.environment)
    return `${s.released ? 'released in' : 'deployed to'} ${s.environment ?? 'an environment'}`;
  return 'latest';
}

function encodeMetadata(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function isPending(db: Database, row: PublicationRow, request: ForVerificationRequest): Promise<boolean> {
  const filter = request.providerVersionBranch
    ? { branch: request.providerVersionBranch }
    : { tags: request.providerVersionTags };
  return !(await hasSuccessfulVerification(db, row.pact_version_id, filter));
}

function pendingNotice(
  pending: boolean,
  provider: string,
  request: ForVerificationRequest,
): { when: string; text: string } {
  const where = request.providerVersionBranch
    ? ` from branch '${request.providerVersionBranch}'`
    : request.providerVersionTags.length
      ? ` with tag(s) ${request.providerVersionTags.join(', ')}`
      : '';
  return pending
    ? {
        when: 'before_verification',
        text:
          `This pact is in pending state for this version of ${provider} because a successful verification ` +
          `result for a version of ${provider}${where} has not yet been published. If this verification fails, ` +
          `it will not cause the overall build to fail. Read more at https://docs.pact.io/go/pending`,
      }
    : {
        when: 'before_verification',
        text:
          `This pact has previously been successfully verified by a version of ${provider}${where}. If this ` +
          `verification fails, it will fail the build. Read more at https://docs.pact.io/go/pending`,
      };
}

/** Select, deduplicate by content, and annotate the pacts a provider version should verify. */
export async function pactsForVerification(
  db: Database,
  base: string,
  provider: PacticipantRow,
  request: ForVerificationRequest,
): Promise<PactForVerification[]> {
  const selectors = request.consumerVersionSelectors.length ? request.consumerVersionSelectors : [{ latest: true }];
  const groups = new Map<number, Selected[]>();
  for (const selector of selectors) {
    for (const selected of await resolveSelector(db, provider.id, selector, request.providerVersionBranch)) {
      const list = groups.get(selected.publication.pact_version_id) ?? [];
      list.push(selected);
      groups.set(selected.publication.pact_version_id, list);
    }
  }
  const out: PactForVerification[] = [];
  for (const selections of groups.values())
    out.push(await pactForVerification(db, base, provider, request, selections));
  if (request.includeWipPactsSince) {
    const target = {
      providerVersionBranch: request.providerVersionBranch,
      providerVersionTags: request.providerVersionTags,
      since: request.includeWipPactsSince,
    };
    for (const row of await findWipPacts(db, provider, target, new Set(groups.keys())))
      out.push(wipPact(base, provider, row, request));
  }
  return out;
}

async function pactForVerification(
  db: Database,
  base: string,
  provider: PacticipantRow,
  request: ForVerificationRequest,
  selections: Selected[],
): Promise<PactForVerification> {
  const first = selections.reduce((a, b) =>
    b.publication.consumer_version_id > a.publication.consumer_version_id ? b : a,
  );
  const row = first.publication;
  const href = links.pactVersionWithMetadata(
    base,
    provider.name,
    row.consumer_name,
    row.sha,
    encodeMetadata({ cv: [...new Set(selections.map((s) => s.publication.consumer_version_number))] }),
  );
  const criteria = selections.map(
    (s) =>
      `    * ${describeSelector(s.selector, s.matched)}${s.fallback ? ' (fallback)' : ''} ` +
      `(${s.publication.consumer_version_number})`,
  );
  const notices = [
    {
      when: 'before_verification',
      text:
        `The pact at ${href} is being verified because the pact content belongs to the consumer ` +
        `version${selections.length > 1 ? 's' : ''} matching the following ` +
        `criteri${selections.length > 1 ? 'a' : 'on'}:\n${[...new Set(criteria)].join('\n')}`,
    },
  ];
  const properties: PactForVerification['verificationProperties'] = { notices };
  if (request.includePendingStatus) {
    properties.pending = await isPending(db, row, request);
    notices.push(pendingNotice(properties.pending, provider.name, request));
  }
  return {
    shortDescription: [...new Set(selections.map((s) => shortDescription(s.selector, s.matched)))].join(', '),
    verificationProperties: properties,
    _links: {
      self: { href, name: `Pact between ${row.consumer_name} (${row.consumer_version_number}) and ${provider.name}` },
    },
  };
}

function wipPact(
  base: string,
  provider: PacticipantRow,
  row: PublicationRow,
  request: ForVerificationRequest,
): PactForVerification {
  const href = links.pactVersionWithMetadata(
    base,
    provider.name,
    row.consumer_name,
    row.sha,
    encodeMetadata({ cv: [row.consumer_version_number], w: true }),
  );
  const target = request.providerVersionBranch
    ? `branch '${request.providerVersionBranch}'`
    : `tag(s) ${request.providerVersionTags.join(', ')}`;
  return {
    shortDescription: 'WIP',
    verificationProperties: {
      pending: true,
      wip: true,
      notices: [
        {
          when: 'before_verification',
          text:
            `The pact at ${href} is being verified because it is a 'work in progress' pact (ie. it is the ` +
            `pact for the latest version of ${row.consumer_name} ` +
            `${request.providerVersionBranch ? 'from a branch' : 'from a branch or with a tag'} ` +
            `and is new since ${request.includeWipPactsSince}, and it has not yet been successfully verified ` +
            `by a version of ${provider.name} from ${target}). Read more at https://docs.pact.io/go/wip`,
        },
        pendingNotice(true, provider.name, request),
      ],
    },
    _links: {
      self: { href, name: `Pact between ${row.consumer_name} (${row.consumer_version_number}) and ${provider.name}` },
    },
  };
}
