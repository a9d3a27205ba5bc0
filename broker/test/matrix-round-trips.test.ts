// can-i-deploy on PostgreSQL is bound by round trips: this keeps the statement count of a matrix query fixed, whatever
// the number of versions and integrations (no query per publication or pact content), on every dialect.
import { readPact } from '../src/domain/read-pact';
import { summarise } from '../src/domain/deployment-summary';
import type { MatrixQuery } from '../src/domain/matrix-query';
import { queryMatrix } from '../src/services/matrix';
import { publishPact } from '../src/services/publish-pact';
import { createEnvironment } from '../src/storage/repositories/environments';
import { recordDeployment, recordRelease } from '../src/storage/repositories/deployments';
import { ensurePacticipant } from '../src/storage/repositories/pacticipants';
import { insertVerification } from '../src/storage/repositories/verifications';
import { ensureVersion } from '../src/storage/repositories/versions';
import { counting } from './support/counting-database';
import { samplePact } from './support/fixtures';
import { describeEachStorage, type Database } from './support/storage';

const VERSIONS = 5;

/** Web has pacts with Orders and Stock in 5 versions, each verified by the provider version of the same index. */
async function seed(db: Database): Promise<void> {
  const production = await createEnvironment(db, { name: 'production', production: true });
  for (const provider of ['Orders', 'Stock']) {
    const providerId = (await ensurePacticipant(db, provider)).id;
    for (let i = 0; i < VERSIONS; i++) {
      const pact = readPact(samplePact('Web', provider, `v${i}`), 'pact');
      const { publication } = await publishPact(db, {
        pact,
        consumerVersion: `1.0.${i}`,
        branch: 'main',
        allowOverwrite: false,
      });
      const { version } = await ensureVersion(db, providerId, `${provider === 'Orders' ? 2 : 3}.0.${i}`);
      await insertVerification(db, {
        pactVersionId: publication.pact_version_id,
        providerVersionId: version.id,
        success: i !== 2,
      });
      if (i === VERSIONS - 1) await recordDeployment(db, version.id, providerId, production.id, null);
      if (provider === 'Orders' && i >= VERSIONS - 2)
        await recordRelease(db, publication.consumer_version_id, production.id);
    }
  }
}

const canIDeploy = (pacticipant: string, version: string): MatrixQuery => ({
  selectors: [{ pacticipant, version }],
  ignore: [],
  latestby: 'cvpv',
  environment: 'production',
});

async function counted(db: Database, query: MatrixQuery) {
  const statements: string[] = [];
  const result = await queryMatrix(counting(db, statements), query);
  const rows = result.rows.map((row) => [
    row.consumerVersionNumber,
    row.providerName,
    row.providerVersionNumber,
    row.verification?.success,
  ]);
  return { statements, rows, summary: summarise(result.rows, result.selectors).summary };
}

describeEachStorage('matrix round trips', (db) => {
  beforeAll(async () => {
    await seed(db());
  });

  it('answers can-i-deploy of a consumer with two providers in 4 statements', async () => {
    const { statements, rows, summary } = await counted(db(), canIDeploy('Web', '1.0.4'));
    expect(statements).toHaveLength(4);
    expect(rows).toEqual([
      ['1.0.4', 'Orders', '2.0.4', true],
      ['1.0.4', 'Stock', '3.0.4', true],
    ]);
    expect(summary).toMatchObject({ deployable: true, success: 2, failed: 0, unknown: 0 });
  });

  it(
    'answers can-i-deploy of a provider with several ' + 'consumer versions in the environment in 4 statements',
    async () => {
      const { statements, rows, summary } = await counted(db(), canIDeploy('Orders', '2.0.4'));
      expect(statements).toHaveLength(4);
      expect(rows).toEqual([
        ['1.0.4', 'Orders', '2.0.4', true],
        ['1.0.3', 'Orders', undefined, undefined],
      ]);
      expect(summary).toMatchObject({ deployable: null, success: 1, failed: 0, unknown: 1 });
    },
  );

  it('answers a matrix of every version of two pacticipants in 3 statements', async () => {
    const { statements, rows } = await counted(db(), {
      selectors: [{ pacticipant: 'Web' }, { pacticipant: 'Stock' }],
      ignore: [],
    });
    expect(statements).toHaveLength(3);
    expect(rows).toEqual(
      Array.from({ length: VERSIONS }, (_, k) => VERSIONS - 1 - k).map((i) => [
        `1.0.${i}`,
        'Stock',
        `3.0.${i}`,
        i !== 2,
      ]),
    );
  });
});
