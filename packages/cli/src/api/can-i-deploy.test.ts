import { matrixQuery } from './can-i-deploy';

describe('matrixQuery', () => {
  it('asks about one version against its latest partners, as the official CLI does', () => {
    expect(matrixQuery({ selectors: [{ pacticipant: 'orders web', version: '1.0.0' }] })).toBe(
      'q[][pacticipant]=orders%20web&q[][version]=1.0.0&latestby=cvp&latest=true',
    );
  });

  it('targets an environment with latestby=cvpv and no latest flag', () => {
    expect(matrixQuery({ selectors: [{ pacticipant: 'web', version: '1' }], toEnvironment: 'production' })).toBe(
      'q[][pacticipant]=web&q[][version]=1&latestby=cvpv&environment=production',
    );
  });

  it('writes every selector kind, ignores and --to', () => {
    const query = matrixQuery({
      selectors: [
        { pacticipant: 'a', latest: 'prod' },
        { pacticipant: 'b', branch: 'main' },
        { pacticipant: 'c', mainBranch: true },
        { pacticipant: 'd', latest: true, tag: 'x' },
      ],
      ignore: [{ pacticipant: 'e', version: '2' }],
      to: 'prod',
    });
    expect(query.split('&')).toEqual([
      'q[][pacticipant]=a',
      'q[][latest]=true',
      'q[][tag]=prod',
      'q[][pacticipant]=b',
      'q[][branch]=main',
      'q[][pacticipant]=c',
      'q[][mainBranch]=true',
      'q[][pacticipant]=d',
      'q[][latest]=true',
      'q[][tag]=x',
      'ignore[][pacticipant]=e',
      'ignore[][version]=2',
      'tag=prod',
      'latestby=cvpv',
    ]);
  });
});

describe('matrixQuery for can-i-merge', () => {
  it('checks against the latest main-branch versions of the integrated pacticipants', () => {
    expect(matrixQuery({ selectors: [{ pacticipant: 'web', version: '1' }], toMainBranch: true })).toBe(
      'q[][pacticipant]=web&q[][version]=1&latestby=cvp&mainBranch=true&latest=true',
    );
  });
});

describe('matrixQuery with the Ruby CLI limit', () => {
  it('passes --limit on', () => {
    expect(matrixQuery({ selectors: [{ pacticipant: 'web', version: '1' }], limit: 100 }).split('&')).toContain(
      'limit=100',
    );
  });
});
