import type { BrokerClient, HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';
import { closestNames } from './closest-names';
import { embeddedList } from './embedded';

/** A pacticipant (consumer or provider) as the broker describes it. */
export interface Pacticipant extends HalResource {
  name: string;
  displayName?: string;
  mainBranch?: string;
  repositoryUrl?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** Options of {@link createOrUpdatePacticipant}: the name and the fields to set. */
export interface PacticipantFields {
  name: string;
  displayName?: string;
  mainBranch?: string;
  repositoryUrl?: string;
}

async function pacticipantUrl(client: BrokerClient, name: string): Promise<string> {
  return client.link('pb:pacticipant', { pacticipant: name }, '/pacticipants/{pacticipant}');
}

/** Every pacticipant the broker knows. @throws TreatyError on broker errors. */
export async function listPacticipants(client: BrokerClient): Promise<Pacticipant[]> {
  const resource = await client.get(await client.link('pb:pacticipants', {}, '/pacticipants'), 'list pacticipants');
  return embeddedList<Pacticipant>(resource, 'pacticipants');
}

/**
 * The error for a pacticipant the broker does not know, naming the closest known names.
 * @example throw await unknownPacticipant(client, 'web-ap'); // ... Check the name (did you mean web-app?).
 */
export async function unknownPacticipant(client: BrokerClient, name: string): Promise<Error> {
  const known = (await listPacticipants(client)).map((p) => p.name);
  const close = closestNames(name, known);
  const hint =
    close.length > 0 ? `did you mean ${close.join(' or ')}?` : `known: ${known.slice(0, 10).join(', ') || 'none'}`;
  return cliErrors.TREATY_CLI_UNKNOWN_PACTICIPANT([name, hint], { pacticipant: name, suggestions: close });
}

/**
 * Read one pacticipant.
 * @throws TreatyError TREATY_CLI_UNKNOWN_PACTICIPANT (with the closest names) when it does not exist.
 */
export async function describePacticipant(client: BrokerClient, name: string): Promise<Pacticipant> {
  const found = await client.find(await pacticipantUrl(client, name), `read pacticipant ${name}`);
  if (!found) throw await unknownPacticipant(client, name);
  return found as Pacticipant;
}

/**
 * Create a pacticipant, or change the given fields of an existing one (as the official CLI does: PATCH or POST).
 * @example await createOrUpdatePacticipant(client, { name: 'orders-api', mainBranch: 'main' });
 * @throws TreatyError on broker errors.
 */
export async function createOrUpdatePacticipant(
  client: BrokerClient,
  fields: PacticipantFields,
): Promise<{ created: boolean; pacticipant: Pacticipant }> {
  const url = await pacticipantUrl(client, fields.name);
  const body = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const existing = await client.find(url, `read pacticipant ${fields.name}`);
  if (existing)
    return {
      created: false,
      pacticipant: (await client.patch(url, body, `update pacticipant ${fields.name}`)) as Pacticipant,
    };
  const created = await client.post(
    await client.link('pb:pacticipants', {}, '/pacticipants'),
    body,
    `create pacticipant ${fields.name}`,
  );
  return { created: true, pacticipant: created as Pacticipant };
}
