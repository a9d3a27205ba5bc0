import type { VerificationRow } from '../storage/repositories/rows';
import { links } from './links';

/** A verification result as the Pact Broker shows it. */
export function verificationJson(base: string, row: VerificationRow): Record<string, unknown> {
  const parse = (text: string | null) => (text ? JSON.parse(text) : undefined);
  return {
    providerName: row.provider_name,
    providerApplicationVersion: row.provider_version_number,
    success: row.success === 1,
    verificationDate: row.created_at,
    buildUrl: row.build_url ?? undefined,
    testResults: parse(row.test_results),
    verifiedBy: parse(row.verified_by),
    _links: {
      self: {
        title: 'Verification result',
        name: `Verification result ${row.number} for Pact between ${row.consumer_name} and ${row.provider_name}`,
        href: links.verification(base, row.provider_name, row.consumer_name, row.sha, row.number),
      },
      'pb:pact-version': {
        title: 'Pact',
        href: links.pactVersion(base, row.provider_name, row.consumer_name, row.sha),
      },
      'pb:triggered-webhooks': {
        title: 'Webhooks triggered by the publication of this verification result',
        href:
          `${links.verification(base, row.provider_name, row.consumer_name, row.sha, row.number)}/` +
          `triggered-webhooks`,
      },
      'pb:provider-version': {
        title: 'Provider version',
        name: row.provider_version_number,
        href: links.version(base, row.provider_name, row.provider_version_number),
      },
    },
  };
}
