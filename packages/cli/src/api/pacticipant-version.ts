import type { BrokerClient, HalResource } from '@treaty/broker-client';
import { cliErrors } from '../errors';

/**
 * Fetch a pacticipant version resource.
 * @throws TreatyError TREATY_CLI_VERSION_NOT_FOUND when the broker does not know it.
 */
export async function getPacticipantVersion(
  client: BrokerClient,
  pacticipant: string,
  version: string,
): Promise<HalResource> {
  const fallback = `/pacticipants/${encodeURIComponent(pacticipant)}/versions/${encodeURIComponent(version)}`;
  const href = await client.link('pb:pacticipant-version', { pacticipant, version }, fallback);
  const resource = await client.find(href, `read version ${version} of ${pacticipant}`);
  if (!resource) throw cliErrors.TREATY_CLI_VERSION_NOT_FOUND([version, pacticipant], { pacticipant, version });
  return resource;
}
