// Publishing on PostgreSQL is bound by round trips: this keeps the statement count of a typical publish in check,
// on every dialect, while checking the result is what a read-back gives.
import { readPact } from '../src/domain/read-pact';
import { publishPact } from '../src/services/publish-pact';
import { counting } from './support/counting-database';
import { samplePact } from './support/fixtures';
import { describeEachStorage, repositories } from './support/storage';

describeEachStorage('publish round trips', (db) => {
  it(
    'publishes a new consumer version of known content in at ' +
      'most 7 statements, with the same result as a read-back',
    async () => {
      const database = db();
      const pact = readPact(samplePact('Web', 'Orders'), 'pact');
      const input = { pact, branch: 'main', allowOverwrite: false };
      await publishPact(database, { ...input, consumerVersion: '1.0.0' });
      const statements: string[] = [];
      const result = await publishPact(counting(database, statements), { ...input, consumerVersion: '1.0.1' });
      expect(statements.length).toBeLessThanOrEqual(7);
      expect(result).toMatchObject({ outcome: 'created', versionCreated: true });
      const version = await repositories.versions.findVersion(database, result.publication.consumer_id, '1.0.1');
      expect(result.publication).toEqual(
        await repositories.pacts.findPublication(database, version!.id, result.publication.provider_id),
      );
      const again = await publishPact(database, { ...input, consumerVersion: '1.0.1' });
      expect(again).toMatchObject({ outcome: 'unchanged', versionCreated: false, publication: result.publication });
    },
  );
});
