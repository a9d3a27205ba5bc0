import { spawnBroker, type BrokerProcess } from '../support/broker-process';
import { describeEachDialect, type TestDatabase } from '../support/databases';
import { publishBody, samplePact } from '../support/fixtures';
import { callUrl } from '../support/http-broker';

jest.setTimeout(120_000);

describeEachDialect('two brokers on one database', (dialect, available) => {
  let database: TestDatabase;
  let brokers: BrokerProcess[] = [];
  let env: string;
  beforeAll(async () => {
    if (!available()) return;
    database = await dialect.create();
    const where = database.location.databaseUrl
      ? ['--database-url', database.location.databaseUrl]
      : ['--database', database.location.database!];
    // Started one after the other: the first one migrates.
    brokers.push(await spawnBroker(['--port', '0', ...where]));
    brokers.push(await spawnBroker(['--port', '0', ...where]));
    env = (await callUrl(brokers[0].url, 'POST', '/environments', { name: 'production', production: true })).body.uuid;
  });
  afterAll(async () => {
    if (!available()) return;
    await Promise.all(brokers.map((b) => b.stop('SIGTERM')));
    brokers = [];
    await database.drop();
  });

  it('keeps exactly one current deployment when both record deployments of 20 versions at once', async () => {
    if (!available()) return;
    const versions = Array.from({ length: 20 }, (_, i) => `2.${i}`);
    for (const v of versions) await callUrl(brokers[0].url, 'PUT', `/pacticipants/Shop/versions/${v}`, {});
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all(
        versions.flatMap((v, i) =>
          [brokers[i % 2], brokers[(i + 1) % 2]].map((b) =>
            callUrl(b.url, 'POST', `/pacticipants/Shop/versions/${v}/deployed-versions/environment/${env}`, {}),
          ),
        ),
      );
      expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.text}`)).toEqual([]);
      for (const broker of brokers) {
        const current = await callUrl(
          broker.url,
          'GET',
          `/environments/${env}/deployed-versions/currently-deployed?pacticipant=Shop`,
        );
        expect(current.body._embedded.deployedVersions).toHaveLength(1);
      }
    }
  });

  it('never answers 5xx to writes racing deletes of the same pacticipant', async () => {
    if (!available()) return;
    const failures: string[] = [];
    for (let round = 0; round < 10; round++) {
      await callUrl(brokers[0].url, 'PUT', '/pacticipants/Racy/versions/1', {});
      const writes = Array.from({ length: 16 }, (_, i) => {
        const base = brokers[i % 2].url;
        switch (i % 8) {
          case 0:
            return callUrl(base, 'DELETE', '/pacticipants/Racy');
          case 1:
            return callUrl(base, 'POST', `/pacticipants/Racy/versions/1/deployed-versions/environment/${env}`, {});
          case 2:
            return callUrl(base, 'PUT', `/pacticipants/Racy/versions/${round}.${i}/tags/t`, {});
          case 3:
            return callUrl(
              base,
              'POST',
              '/contracts/publish',
              publishBody(`${round}.${i}`, [samplePact('Racy', 'Orders')], { branch: 'main' }),
            );
          case 4:
            return callUrl(
              base,
              'PUT',
              `/pacts/provider/Orders/consumer/Racy/version/${round}.${i}`,
              samplePact('Racy', 'Orders', String(i)),
            );
          case 5:
            return callUrl(base, 'POST', `/pacticipants/Racy/versions/1/released-versions/environment/${env}`, {});
          case 6:
            return callUrl(base, 'PUT', `/pacticipants/Racy/branches/feat/versions/${round}.${i}`, {});
          default:
            return callUrl(base, 'DELETE', '/pacticipants/Orders');
        }
      });
      for (const answer of await Promise.all(writes))
        if (answer.status >= 500) failures.push(`${answer.status} ${answer.text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  });
});
