import type { BrokerClient } from '@treaty/broker-client';

/**
 * Whether the broker serves Treaty's web UI: its session resource (`/ui/api/session`) answers. Any failure, a 404 from
 * a Pact Broker or PactFlow included, means no UI: the caller then shows API links.
 * @example if (await servesUi(client)) console.log(uiPactUrl(client.baseUrl, 'orders-api', 'web', '1.0.0'));
 */
export async function servesUi(client: BrokerClient): Promise<boolean> {
  try {
    return (await client.find(client.url('/ui/api/session'), 'look for the web UI')) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The web UI page of one pact version (the `/ui/pacts/:provider/:consumer` route of @treaty/broker-ui).
 * @example uiPactUrl('http://localhost:9292', 'orders-api', 'web', '1.0.0') //
 *   '.../ui/pacts/orders-api/web?version=1.0.0'
 */
export function uiPactUrl(baseUrl: string, provider: string, consumer: string, version: string): string {
  const seg = encodeURIComponent;
  return `${baseUrl}/ui/pacts/${seg(provider)}/${seg(consumer)}?version=${seg(version)}`;
}
