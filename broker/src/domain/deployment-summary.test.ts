import { summarise } from './deployment-summary';
import type { MatrixRow, ResolvedSelector } from './matrix-types';

const row = (success?: boolean, extra: Partial<MatrixRow> = {}): MatrixRow => ({
  consumerName: 'Web',
  consumerVersionId: 1,
  consumerVersionNumber: '1',
  providerName: 'Orders',
  pactVersionId: 1,
  sha: 'abc',
  pactCreatedAt: '2024-01-01T00:00:00Z',
  ...(success === undefined
    ? {}
    : {
        providerVersionId: 2,
        providerVersionNumber: '2',
        verification: { id: 1, number: 1, success, createdAt: 'x', kind: 'verification' },
      }),
  ...extra,
});
const selector = (missing = false): ResolvedSelector => ({
  pacticipantName: 'Web',
  versionIds: [1],
  description: 'version 1 of Web',
  specified: true,
  missing,
});

describe('summarise', () => {
  it('is true when every row verified successfully, and when there are no rows', () => {
    expect(summarise([row(true)], [selector()]).summary).toMatchObject({
      deployable: true,
      success: 1,
      failed: 0,
      unknown: 0,
    });
    expect(summarise([], [selector()]).summary).toMatchObject({
      deployable: true,
      reason: 'There are no missing dependencies',
    });
  });

  it('is null while a pact is unverified, even beside a failure; false for failures alone', () => {
    expect(summarise([row(false), row()], [selector()]).summary.deployable).toBeNull();
    const failed = summarise([row(false)], [selector()]);
    expect(failed.summary.deployable).toBe(false);
    expect(failed.notices).toEqual([
      { type: 'error', text: 'The verification for the pact between version 1 of Web and version 2 of Orders failed' },
    ]);
  });

  it('is false when a specified version does not exist; ignored rows do not count', () => {
    expect(summarise([row(true)], [selector(true)]).summary).toMatchObject({
      deployable: false,
      reason: 'There is no version 1 of Web',
    });
    expect(summarise([row(false, { ignored: true })], [selector()]).summary).toMatchObject({
      deployable: true,
      ignored: 1,
      failed: 0,
    });
  });
});
