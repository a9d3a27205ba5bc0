import { sqliteDialect } from './support/databases';
import { startHttpBroker, type HttpBroker } from './support/http-broker';
import { publishBody, samplePact } from './support/fixtures';
import { startReceiver, type Receiver } from './support/receiver';

const fast = {
  allowedSchemes: ['http', 'https'],
  allowPrivateDestinations: true,
  pollIntervalMs: 30,
  retryBaseMs: 20,
  retryMaxMs: 50,
  maxAttempts: 3,
};

function webhookBody(url: string, events: string[], extra: Record<string, unknown> = {}) {
  return {
    description: 'notify CI',
    events: events.map((name) => ({ name })),
    request: {
      method: 'POST',
      url: `${url}/hook/\${pactbroker.consumerName}`,
      headers: { 'Content-Type': 'application/json', 'X-Provider': '${pactbroker.providerName}' },
      body: {
        consumer: '${pactbroker.consumerName}',
        provider: '${pactbroker.providerName}',
        version: '${pactbroker.consumerVersionNumber}',
        branch: '${pactbroker.consumerVersionBranch}',
        pactUrl: '${pactbroker.pactUrl}',
        status: '${pactbroker.githubVerificationStatus}',
        providerVersion: '${pactbroker.providerVersionNumber}',
        verificationResultUrl: '${pactbroker.verificationResultUrl}',
        event: '${pactbroker.eventName}',
      },
    },
    ...extra,
  };
}

describe('webhooks', () => {
  let broker: HttpBroker;
  let receiver: Receiver;
  beforeEach(async () => {
    broker = await startHttpBroker({ webhooks: fast, baseUrl: 'http://broker.test' });
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await broker.close();
    await receiver.close();
  });

  it(
    'delivers contract_published with rendered templates ' + 'after the publish commits, and logs the execution',
    async () => {
      const created = await broker.call('POST', '/webhooks', webhookBody(receiver.url, ['contract_published']));
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe(`http://broker.test/webhooks/${created.body.uuid}`);
      expect(
        (await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()], { branch: 'main' })))
          .status,
      ).toBe(200);
      const [hit] = await receiver.waitFor(1);
      expect(hit.url).toBe('/hook/Web');
      expect(hit.headers['x-provider']).toBe('Orders');
      const body = JSON.parse(hit.body);
      expect(body).toMatchObject({
        consumer: 'Web',
        provider: 'Orders',
        version: '1.0.0',
        branch: 'main',
        status: 'pending',
        event: 'contract_published',
        providerVersion: '',
      });
      expect(body.pactUrl).toMatch(
        /^http:\/\/broker\.test\/pacts\/provider\/Orders\/consumer\/Web\/pact-version\/[0-9a-f]+$/,
      );
      await waitUntil(
        async () =>
          (await broker.call('GET', `/webhooks/${created.body.uuid}/executions`)).body._embedded.executions.length ===
          1,
      );
      const logs = await broker.call('GET', `/webhooks/${created.body.uuid}/executions`);
      expect(logs.body._embedded.executions[0]).toMatchObject({
        success: true,
        attempt: 1,
        eventName: 'contract_published',
        deliveryStatus: 'succeeded',
        response: { status: 200 },
      });
    },
  );

  it('delivers provider_verification_succeeded / failed with the verification parameters', async () => {
    await broker.call(
      'POST',
      '/webhooks',
      webhookBody(receiver.url, [
        'provider_verification_succeeded',
        'provider_verification_failed',
        'contract_content_changed',
      ]),
    );
    await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
    const pactUrl: string = JSON.parse((await receiver.waitFor(1))[0].body).pactUrl;
    const path = new URL(pactUrl).pathname;
    const verified = await broker.call('POST', `${path}/verification-results`, {
      success: false,
      providerApplicationVersion: 'p1',
    });
    expect(verified.status).toBe(201);
    const hits = await receiver.waitFor(2);
    const body = JSON.parse(hits[1].body);
    expect(body).toMatchObject({ event: 'provider_verification_failed', status: 'failure', providerVersion: 'p1' });
    expect(body.verificationResultUrl).toBe(`${pactUrl}/verification-results/1`);
    await broker.webhooksDrained();
    expect(receiver.received).toHaveLength(2); // succeeded did not fire
  });

  it('fires contract_content_changed only when the content changes and respects consumer scoping', async () => {
    await broker.call(
      'POST',
      '/webhooks',
      webhookBody(receiver.url, ['contract_content_changed'], { consumer: { name: 'Web' } }),
    );
    await broker.call(
      'POST',
      '/webhooks',
      webhookBody(receiver.url, ['contract_published'], { consumer: { name: 'Mobile' } }),
    );
    await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
    await broker.call('POST', '/contracts/publish', publishBody('1.0.1', [samplePact()]));
    await broker.call('POST', '/contracts/publish', publishBody('1.0.2', [samplePact('Web', 'Orders', 'b')]));
    await receiver.waitFor(2);
    await broker.webhooksDrained();
    expect(receiver.received.map((r) => JSON.parse(r.body).version)).toEqual(['1.0.0', '1.0.2']);
  });

  it(
    'fires contract_requiring_verification_published once ' + 'per provider version that must verify the content',
    async () => {
      await broker.call('POST', '/webhooks', webhookBody(receiver.url, ['contract_requiring_verification_published']));
      expect((await broker.call('PUT', '/pacticipants/Orders/branches/main/versions/2.0.0', {})).status).toBeLessThan(
        300,
      );
      expect(
        (await broker.call('PUT', '/pacticipants/Orders/branches/release/versions/1.5.0', {})).status,
      ).toBeLessThan(300);
      const env = await broker.call('POST', '/environments', { name: 'production', production: true });
      expect(
        (
          await broker.call(
            'POST',
            `/pacticipants/Orders/versions/1.5.0/deployed-versions/environment/${env.body.uuid}`,
            {},
          )
        ).status,
      ).toBe(201);
      await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
      const first = (await receiver.waitFor(2)).map((r) => JSON.parse(r.body));
      expect(first.map((b) => [b.providerVersion, b.event]).sort()).toEqual([
        ['1.5.0', 'contract_requiring_verification_published'],
        ['2.0.0', 'contract_requiring_verification_published'],
      ]);
      expect(
        (
          await broker.call('POST', `${new URL(first[0].pactUrl).pathname}/verification-results`, {
            success: true,
            providerApplicationVersion: '2.0.0',
          })
        ).status,
      ).toBe(201);
      await broker.call('POST', '/contracts/publish', publishBody('1.0.1', [samplePact()]));
      await receiver.waitFor(3);
      await broker.webhooksDrained();
      expect(receiver.received.slice(2).map((r) => JSON.parse(r.body).providerVersion)).toEqual(['1.5.0']);
    },
  );

  it('retries a failing delivery with backoff until it succeeds', async () => {
    receiver.statuses.push(500, 503);
    const created = await broker.call('POST', '/webhooks', webhookBody(receiver.url, ['contract_published']));
    await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
    await receiver.waitFor(3);
    await waitUntil(
      async () =>
        (await broker.call('GET', `/webhooks/${created.body.uuid}/executions`)).body._embedded.executions.length === 3,
    );
    const logs = (await broker.call('GET', `/webhooks/${created.body.uuid}/executions`)).body._embedded.executions;
    expect(logs.map((e: { attempt: number; success: boolean }) => [e.attempt, e.success])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    expect(logs[0].deliveryStatus).toBe('succeeded');
  });

  it('gives up after maxAttempts and marks the delivery failed', async () => {
    receiver.statuses.push(500, 500, 500, 500);
    const created = await broker.call('POST', '/webhooks', webhookBody(receiver.url, ['contract_published']));
    await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
    await receiver.waitFor(3);
    await waitUntil(
      async () =>
        (await broker.call('GET', `/webhooks/${created.body.uuid}/executions`)).body._embedded.executions[0]
          ?.deliveryStatus === 'failed',
    );
    await broker.webhooksDrained();
    expect(receiver.received).toHaveLength(3);
  });

  it('creates, lists, replaces, executes and deletes webhooks', async () => {
    const created = await broker.call(
      'POST',
      '/webhooks',
      webhookBody(receiver.url, ['contract_published'], {
        request: { method: 'POST', url: `${receiver.url}/x`, username: 'u', password: 'secret' },
      }),
    );
    const uuid = created.body.uuid;
    expect(created.body.request.password).toBe('**********');
    expect(created.body._links['pb:execute'].href).toBe(`http://broker.test/webhooks/${uuid}/execute`);
    const list = await broker.call('GET', '/webhooks');
    expect(list.body._links['pb:webhooks']).toEqual([
      { title: 'notify CI', name: 'notify CI', href: `http://broker.test/webhooks/${uuid}` },
    ]);
    const replaced = await broker.call(
      'PUT',
      `/webhooks/${uuid}`,
      webhookBody(receiver.url, ['provider_verification_published'], { enabled: false }),
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ enabled: false, events: [{ name: 'provider_verification_published' }] });
    const executed = await broker.call('POST', `/webhooks/${uuid}/execute`);
    expect(executed.body).toMatchObject({ success: true, response: { status: 200 } });
    expect(receiver.received[0].url).toBe('/hook/');
    expect(
      (await broker.call('PUT', '/webhooks/my-own-webhook-id', webhookBody(receiver.url, ['contract_published'])))
        .status,
    ).toBe(201);
    expect((await broker.call('DELETE', `/webhooks/${uuid}`)).status).toBe(204);
    expect((await broker.call('GET', `/webhooks/${uuid}`)).status).toBe(404);
  });

  it('rejects invalid webhooks and unknown events with field errors', async () => {
    const bad = await broker.call('POST', '/webhooks', { events: [{ name: 'nope' }], request: {} });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['events', 'request.method', 'request.url']);
  });
});

describe('webhook allow-lists', () => {
  it('defaults to the Pact Broker allow-lists: https only, POST only', async () => {
    const broker = await startHttpBroker();
    try {
      const http = await broker.call('POST', '/webhooks', webhookBody('http://example.com', ['contract_published']));
      expect(http.status).toBe(400);
      expect(http.body.errors['request.url'][0]).toMatch(/scheme http is not allowed/);
      const del = await broker.call('POST', '/webhooks', {
        ...webhookBody('https://example.com', ['contract_published']),
        request: { method: 'DELETE', url: 'https://example.com' },
      });
      expect(del.body.errors['request.method'][0]).toMatch(/DELETE is not allowed/);
      expect(
        (await broker.call('POST', '/webhooks', webhookBody('https://example.com', ['contract_published']))).status,
      ).toBe(201);
    } finally {
      await broker.close();
    }
  });

  it('enforces the host allow-list', async () => {
    const broker = await startHttpBroker({ webhooks: { allowedHosts: ['*.ci.example.com', 'hooks.example.org'] } });
    try {
      expect(
        (await broker.call('POST', '/webhooks', webhookBody('https://build.ci.example.com', ['contract_published'])))
          .status,
      ).toBe(201);
      const other = await broker.call(
        'POST',
        '/webhooks',
        webhookBody('https://evil.example.net', ['contract_published']),
      );
      expect(other.body.errors['request.url'][0]).toMatch(
        /host evil\.example\.net is not in the webhook host allow-list/,
      );
    } finally {
      await broker.close();
    }
  });
});

describe('durable webhook queue', () => {
  it('delivers a delivery queued before a restart', async () => {
    const db = await sqliteDialect.create();
    const receiver = await startReceiver();
    try {
      const first = await startHttpBroker({ ...db.location, webhooks: { ...fast, deliver: false } });
      await first.call('POST', '/webhooks', webhookBody(receiver.url, ['contract_published']));
      await first.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
      expect((await first.call('GET', '/metrics')).text).toContain('treaty_broker_webhook_queue_depth 1');
      await first.close();
      expect(receiver.received).toHaveLength(0);
      const second = await startHttpBroker({ ...db.location, webhooks: fast });
      await receiver.waitFor(1);
      await second.close();
      expect(JSON.parse(receiver.received[0].body).version).toBe('1.0.0');
    } finally {
      await receiver.close();
      await db.drop();
    }
  });
});

describe('graceful shutdown', () => {
  it('waits for a delivery in flight before closing the database', async () => {
    const db = await sqliteDialect.create();
    const receiver = await startReceiver();
    try {
      const first = await startHttpBroker({ ...db.location, webhooks: fast });
      const created = await first.call('POST', '/webhooks', webhookBody(receiver.url, ['contract_published']));
      receiver.delayMs = 400;
      await first.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]));
      await receiver.waitFor(1);
      await first.close(); // the receiver has not answered yet
      const second = await startHttpBroker({ ...db.location, webhooks: { ...fast, deliver: false } });
      const logs = (await second.call('GET', `/webhooks/${created.body.uuid}/executions`)).body._embedded.executions;
      await second.close();
      expect(logs).toMatchObject([{ success: true, deliveryStatus: 'succeeded', response: { status: 200 } }]);
      expect(logs[0].durationMs).toBeGreaterThanOrEqual(350);
    } finally {
      await receiver.close();
      await db.drop();
    }
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
