/** A small V3 pact between `consumer` and `provider`; `variant` changes its content. */
export function samplePact(consumer = 'Web', provider = 'Orders', variant = 'a'): Record<string, unknown> {
  return {
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      {
        description: `get order ${variant}`,
        providerStates: [{ name: 'an order exists' }],
        request: { method: 'GET', path: `/orders/${variant}` },
        response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: variant } },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

/** The body of `POST /contracts/publish` for one or more pacts. */
export function publishBody(
  version: string,
  pacts: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const consumer = (pacts[0].consumer as { name: string }).name;
  return {
    pacticipantName: consumer,
    pacticipantVersionNumber: version,
    contracts: pacts.map((pact) => ({
      consumerName: consumer,
      providerName: (pact.provider as { name: string }).name,
      specification: 'pact',
      contentType: 'application/json',
      content: Buffer.from(JSON.stringify(pact)).toString('base64'),
    })),
    ...extra,
  };
}
