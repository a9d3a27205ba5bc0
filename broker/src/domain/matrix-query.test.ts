import { parseMatrixQuery, validateMatrixQuery } from './matrix-query';

describe('parseMatrixQuery', () => {
  it('groups q[] entries by pacticipant in order and reads the options', () => {
    const query = parseMatrixQuery(
      'q[][pacticipant]=Foo&q[][version]=1&q[][pacticipant]=Bar%20Baz&q[][latest]=true&q[][tag]=prod&' +
        'latestby=cvp&limit=10&ignore[][pacticipant]=Qux&environment=production',
    );
    expect(query).toEqual({
      selectors: [
        { pacticipant: 'Foo', version: '1' },
        { pacticipant: 'Bar Baz', latest: true, tag: 'prod' },
      ],
      ignore: [{ pacticipant: 'Qux' }],
      latestby: 'cvp',
      limit: 10,
      environment: 'production',
    });
  });

  it('accepts encoded brackets and indexed entries', () => {
    expect(parseMatrixQuery('q%5B%5D%5Bpacticipant%5D=Foo&q[0][mainBranch]=true').selectors).toEqual([
      { pacticipant: 'Foo', mainBranch: true },
    ]);
  });
});

describe('validateMatrixQuery', () => {
  it('requires selectors with pacticipant names and consistent options', () => {
    expect(validateMatrixQuery({ selectors: [], ignore: [] })).toEqual(['Please provide 1 or more version selectors.']);
    expect(
      validateMatrixQuery({ selectors: [{ pacticipant: 'Foo', version: '1', latest: true }], ignore: [], limit: 0 }),
    ).toEqual([
      'Cannot specify a version number and branch, tag, latest or environment for Foo',
      'limit must be an integer between 1 and 1000',
    ]);
  });
});
