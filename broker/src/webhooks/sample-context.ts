import type { Database } from '../storage/database';
import type { WebhookDefinition } from './webhook-definition';
import type { WebhookEventContext } from './template-parameters';

/** The context a test execution renders with: the latest pact (and its latest verification) in the webhook's scope. */
export async function sampleContext(db: Database, def: WebhookDefinition): Promise<WebhookEventContext> {
  const params: string[] = [];
  let where = '1 = 1';
  if (def.consumer) {
    where += ' AND c.name = ?';
    params.push(def.consumer.name);
  }
  if (def.provider) {
    where += ' AND pr.name = ?';
    params.push(def.provider.name);
  }
  const pact = await db.get<{
    consumer_name: string;
    provider_name: string;
    number: string;
    sha: string;
    pact_version_id: number;
  }>(
    `SELECT c.name AS consumer_name, pr.name AS provider_name, cv.number AS number, pv.sha AS sha,
     pv.id AS pact_version_id
     FROM pact_publications pp JOIN versions cv ON cv.id = pp.consumer_version_id JOIN pacticipants c
     ON c.id = cv.pacticipant_id
     JOIN pacticipants pr ON pr.id = pp.provider_id JOIN pact_versions pv ON pv.id = pp.pact_version_id
     WHERE ${where} ORDER BY pp.id DESC LIMIT 1`,
    params,
  );
  const verification = pact
    ? await db.get<{ number: number; success: number; provider_version: string }>(
        `SELECT v.number AS number, v.success AS success, pv.number AS provider_version FROM verifications v
         JOIN versions pv ON pv.id = v.provider_version_id
         WHERE v.pact_version_id = ? ORDER BY v.id DESC LIMIT 1`,
        [pact.pact_version_id],
      )
    : undefined;
  return {
    eventName: def.events[0] ?? 'contract_published',
    consumerName: pact?.consumer_name ?? def.consumer?.name ?? '',
    providerName: pact?.provider_name ?? def.provider?.name ?? '',
    consumerVersionNumber: pact?.number ?? '',
    consumerVersionBranch: '',
    consumerVersionTags: [],
    consumerLabels: [],
    providerLabels: [],
    pactSha: pact?.sha ?? '',
    providerVersionNumber: verification?.provider_version,
    verificationNumber: verification?.number,
    verificationSuccess: verification ? verification.success === 1 : undefined,
  };
}
