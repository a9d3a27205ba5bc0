import { spawnBroker, type BrokerProcess } from './support/broker-process';
import { postgresDialect, type TestDatabase } from './support/databases';
import { describePostgres } from './support/postgres';
import { publishBody, samplePact } from './support/fixtures';
import { callUrl } from './support/http-broker';
import { startReceiver, type Receiver } from './support/receiver';

jest.setTimeout(90_000);

const PUBLISHES = 24;

describePostgres('two treaty-broker processes on one PostgreSQL database', () => {
  let database: TestDatabase | undefined;
  let receiver: Receiver | undefined;
  let brokers: BrokerProcess[] = [];

  beforeAll(async () => {
    database = await postgresDialect.create();
    receiver = await startReceiver();
    const args = [
      '--port',
      '0',
      '--database-url',
      database.location.databaseUrl!,
      '--webhook-scheme',
      'http',
      '--webhook-allow-private',
      '--webhook-poll-ms',
      '25',
    ];
    // Started together: both run the migrations at once (serialised by the advisory lock).
    brokers = await Promise.all([spawnBroker(args), spawnBroker(args)]);
  });
  afterAll(async () => {
    await Promise.all(brokers.map((b) => b.stop('SIGTERM')));
    await receiver?.close();
    await database?.drop();
  });

  it(
    'loses no publish under concurrent writes through ' + 'both processes and delivers each webhook exactly once',
    async () => {
      const [a, b] = brokers;
      const hook = await callUrl(a.url, 'POST', '/webhooks', {
        events: [{ name: 'contract_published' }],
        request: {
          method: 'POST',
          url: `${receiver!.url}/hook`,
          body: { version: '${pactbroker.consumerVersionNumber}', consumer: '${pactbroker.consumerName}' },
        },
      });
      expect(hook.status).toBe(201);

      const consumers = ['Web', 'Mobile', 'Admin'];
      const answers = await Promise.all(
        Array.from({ length: PUBLISHES }, (_, i) => {
          const consumer = consumers[i % consumers.length];
          return callUrl(
            i % 2 === 0 ? a.url : b.url,
            'POST',
            '/contracts/publish',
            publishBody(`1.0.${i}`, [samplePact(consumer, 'Orders', `v${i}`)]),
          );
        }),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(PUBLISHES).fill(200));

      for (const url of [a.url, b.url]) {
        expect((await callUrl(url, 'GET', '/metrics')).text).toContain(`treaty_broker_pact_publications ${PUBLISHES}`);
      }
      const pacticipants = await callUrl(b.url, 'GET', '/pacticipants');
      expect(JSON.stringify(pacticipants.body)).toContain('"Admin"');

      await receiver!.waitFor(PUBLISHES, 20_000);
      await new Promise((r) => setTimeout(r, 500)); // time for a duplicate to show up, if any
      const delivered = receiver!.received.map((r) => JSON.parse(r.body).version as string);
      expect(delivered).toHaveLength(PUBLISHES);
      expect(new Set(delivered).size).toBe(PUBLISHES);
      const queue = (await callUrl(a.url, 'GET', '/metrics')).text;
      expect(queue).toContain(`treaty_broker_webhook_deliveries{status="succeeded"} ${PUBLISHES}`);
    },
  );
});
