import type { MatrixRow } from '../domain/matrix-types';
import { links } from './links';

/** Branches and tags of a version, for matrix rows. */
export interface VersionLabels {
  branches: string[];
  tags: string[];
}

function versionJson(
  base: string,
  name: string,
  number: string,
  labels: VersionLabels | undefined,
): Record<string, unknown> {
  return {
    number,
    branch: labels?.branches[labels.branches.length - 1],
    branches: (labels?.branches ?? []).map((branch) => ({
      name: branch,
      _links: { self: { href: links.branchVersion(base, name, branch, number) } },
    })),
    tags: (labels?.tags ?? []).map((tag) => ({
      name: tag,
      _links: { self: { href: links.tag(base, name, number, tag) } },
    })),
    _links: { self: { href: links.version(base, name, number) } },
  };
}

// A provider contract's cross-check has no verification number: link to the contract's results instead.
function verificationJson(base: string, row: MatrixRow): Record<string, unknown> | null {
  const found = row.verification;
  if (!found) return null;
  if (found.kind === 'cross-contract' && row.providerVersionNumber) {
    return {
      verifiedAt: found.createdAt,
      success: found.success,
      verifiedBy: 'provider contract',
      _links: {
        self: {
          title: 'Provider contract results',
          href: links.crossContractResults(base, row.providerName, row.providerVersionNumber),
        },
        'pb:provider-contract': { href: links.providerContract(base, row.providerName, row.providerVersionNumber) },
      },
    };
  }
  return {
    verifiedAt: found.createdAt,
    success: found.success,
    _links: { self: { href: links.verification(base, row.providerName, row.consumerName, row.sha, found.number) } },
  };
}

/** One matrix row shaped like the Pact Broker's (consumer, provider, pact, verificationResult). */
export function matrixRowJson(
  base: string,
  row: MatrixRow,
  labels: (versionId: number) => VersionLabels | undefined,
): Record<string, unknown> {
  return {
    consumer: {
      name: row.consumerName,
      _links: { self: { href: links.pacticipant(base, row.consumerName) } },
      version: versionJson(base, row.consumerName, row.consumerVersionNumber, labels(row.consumerVersionId)),
    },
    provider: {
      name: row.providerName,
      _links: { self: { href: links.pacticipant(base, row.providerName) } },
      version: row.providerVersionNumber
        ? versionJson(base, row.providerName, row.providerVersionNumber, labels(row.providerVersionId!))
        : null,
    },
    pact: {
      createdAt: row.pactCreatedAt,
      _embedded: {
        consumerVersion: {
          number: row.consumerVersionNumber,
          _links: { self: { href: links.version(base, row.consumerName, row.consumerVersionNumber) } },
        },
      },
      _links: { self: { href: links.pactVersion(base, row.providerName, row.consumerName, row.sha) } },
    },
    verificationResult: verificationJson(base, row),
    ...(row.ignored ? { ignored: true } : {}),
  };
}
