/*
 * Webhook events are queued inside the transaction that causes them, so a delivery exists iff the change committed.
 * Hooked (one line each) in broker-core's code: services/publish-pact.ts (publishPact → enqueuePactPublishedEvents)
 * and routes/verification-results.ts (publish → enqueueVerificationEvents).
 */
import type { Database } from '../storage/database';
import { branchesOfVersion } from '../storage/repositories/branches';
import { labelsOf } from '../storage/repositories/pacticipants';
import type { PublicationRow, VerificationRow } from '../storage/repositories/rows';
import { tagsOfVersion } from '../storage/repositories/tags';
import { insertDelivery } from '../storage/repositories/webhook-deliveries';
import { definitionOf, webhooksFor, type WebhookRow } from '../storage/repositories/webhooks';
import type { WebhookEventName } from './webhook-definition';
import type { WebhookEventContext } from './template-parameters';

/** The event-independent part of a context; `eventName` is filled per event. */
export type EventContext = Omit<WebhookEventContext, 'eventName'>;

/**
 * Queue one delivery per enabled webhook (scoped to this consumer/provider) and subscribed event.
 * Call inside the transaction of the change. Returns how many deliveries were queued.
 */
export async function enqueueWebhookEvents(
  db: Database,
  events: WebhookEventName | readonly WebhookEventName[],
  context: EventContext,
): Promise<number> {
  return queueDeliveries(db, await webhooksFor(db, context.consumerName, context.providerName), events, context);
}

async function queueDeliveries(
  db: Database,
  webhooks: readonly WebhookRow[],
  events: WebhookEventName | readonly WebhookEventName[],
  context: EventContext,
): Promise<number> {
  const names = typeof events === 'string' ? [events] : events;
  let queued = 0;
  for (const row of webhooks) {
    const subscribed = definitionOf(row).events;
    for (const eventName of names) {
      if (!subscribed.includes(eventName)) continue;
      await insertDelivery(db, row.uuid, eventName, { ...context, eventName });
      queued++;
    }
  }
  return queued;
}

async function pactContext(db: Database, publication: PublicationRow, buildUrl?: string): Promise<EventContext> {
  const providerId = publication.provider_id;
  return {
    consumerName: publication.consumer_name,
    providerName: publication.provider_name,
    consumerVersionNumber: publication.consumer_version_number,
    consumerVersionBranch: (await branchesOfVersion(db, publication.consumer_version_id))[0] ?? '',
    consumerVersionTags: await tagsOfVersion(db, publication.consumer_version_id),
    consumerLabels: await labelsOf(db, publication.consumer_id),
    providerLabels: await labelsOf(db, providerId),
    pactSha: publication.sha,
    buildUrl,
  };
}

/**
 * Queue `contract_published`, and `contract_content_changed` / `contract_requiring_verification_published` when they
 * apply.
 */
export async function enqueuePactPublishedEvents(
  db: Database,
  publication: PublicationRow,
  buildUrl?: string,
): Promise<number> {
  // Most publications have no webhook to tell: one query, and no context is gathered for nobody.
  const webhooks = await webhooksFor(db, publication.consumer_name, publication.provider_name);
  if (webhooks.length === 0) return 0;
  const events: WebhookEventName[] = ['contract_published'];
  const previous = await db.get<{ sha: string }>(
    `SELECT pv.sha AS sha FROM pact_publications pp JOIN versions cv ON cv.id = pp.consumer_version_id
     JOIN pact_versions pv ON pv.id = pp.pact_version_id
     WHERE pp.provider_id = ? AND cv.pacticipant_id = ? AND pp.id <> ? ORDER BY cv.id DESC, pp.id DESC LIMIT 1`,
    [publication.provider_id, publication.consumer_id, publication.id],
  );
  if (!previous || previous.sha !== publication.sha) events.push('contract_content_changed');
  const context = await pactContext(db, publication, buildUrl);
  let queued = await queueDeliveries(db, webhooks, events, context);
  for (const provider of await providerVersionsRequiringVerification(db, publication)) {
    queued += await queueDeliveries(db, webhooks, 'contract_requiring_verification_published', {
      ...context,
      ...provider,
    });
  }
  return queued;
}

/**
 * As the Pact Broker: the provider versions that must verify this content (head of the provider's main branch and the
 * versions
 * currently deployed or released) and have not verified it successfully. With no provider version yet, one event with
 * none.
 */
async function providerVersionsRequiringVerification(
  db: Database,
  publication: PublicationRow,
): Promise<Partial<EventContext>[]> {
  const rows = await db.all<{ id: number; number: string; branch: string | null }>(
    `SELECT v.id, v.number, (SELECT b.name FROM branch_versions bv JOIN branches b ON b.id = bv.branch_id
     WHERE bv.version_id = v.id ORDER BY bv.id DESC LIMIT 1) AS branch
     FROM versions v WHERE v.id IN (
       SELECT MAX(bv.version_id) FROM branch_versions bv JOIN branches b ON b.id = bv.branch_id JOIN pacticipants p
       ON p.id = b.pacticipant_id
         WHERE p.id = ? AND b.name = p.main_branch
       UNION SELECT d.version_id FROM deployed_versions d JOIN versions dv ON dv.id = d.version_id
       WHERE dv.pacticipant_id = ? AND d.undeployed_at IS NULL
       UNION SELECT r.version_id FROM released_versions r JOIN versions rv ON rv.id = r.version_id
       WHERE rv.pacticipant_id = ? AND r.support_ended_at IS NULL)
     AND NOT EXISTS (SELECT 1 FROM verifications x WHERE x.pact_version_id = ? AND x.provider_version_id = v.id
     AND x.success = 1)
     ORDER BY v.id`,
    [publication.provider_id, publication.provider_id, publication.provider_id, publication.pact_version_id],
  );
  const anyVersion = await db.get('SELECT 1 AS x FROM versions WHERE pacticipant_id = ? LIMIT 1', [
    publication.provider_id,
  ]);
  if (!anyVersion) return [{}];
  return rows.map((row) => ({ providerVersionNumber: row.number, providerVersionBranch: row.branch ?? '' }));
}

/** Queue `provider_verification_published` and `_succeeded` or `_failed` for a stored verification. */
export async function enqueueVerificationEvents(db: Database, verification: VerificationRow): Promise<number> {
  const publication = await db.get<PublicationRow>(
    `SELECT pp.*, c.id AS consumer_id, c.name AS consumer_name, pr.name AS provider_name,
     cv.number AS consumer_version_number, pv.sha AS sha
     FROM pact_publications pp JOIN versions cv ON cv.id = pp.consumer_version_id JOIN pacticipants c
     ON c.id = cv.pacticipant_id
     JOIN pacticipants pr ON pr.id = pp.provider_id JOIN pact_versions pv ON pv.id = pp.pact_version_id
     WHERE pp.pact_version_id = ? ORDER BY cv.id DESC LIMIT 1`,
    [verification.pact_version_id],
  );
  if (!publication) return 0;
  const context: EventContext = {
    ...(await pactContext(db, publication, verification.build_url ?? undefined)),
    providerVersionNumber: verification.provider_version_number,
    providerVersionBranch: (await branchesOfVersion(db, verification.provider_version_id))[0] ?? '',
    providerVersionTags: await tagsOfVersion(db, verification.provider_version_id),
    verificationNumber: verification.number,
    verificationSuccess: verification.success === 1,
  };
  const outcome: WebhookEventName =
    verification.success === 1 ? 'provider_verification_succeeded' : 'provider_verification_failed';
  return enqueueWebhookEvents(db, ['provider_verification_published', outcome], context);
}
