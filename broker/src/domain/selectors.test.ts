import { describeSelector, validateSelectors } from './selectors';

describe('validateSelectors', () => {
  it('accepts every valid selector kind', () => {
    const valid = [
      { mainBranch: true },
      { branch: 'main', fallbackBranch: 'dev' },
      { branch: 'feat', fallbackToMainBranch: true },
      { matchingBranch: true },
      { tag: 'prod', latest: true, fallbackTag: 'main' },
      { tag: 'prod' },
      { latest: true, consumer: 'Web' },
      { deployed: true, environment: 'production' },
      { released: true },
      { deployedOrReleased: true },
      { environment: 'test' },
    ];
    expect(validateSelectors(valid, { providerVersionBranch: 'main' })).toEqual([]);
  });

  it('names the index of each invalid selector', () => {
    expect(validateSelectors([{ latest: true }, { tag: 'a', branch: 'b' }], {})).toEqual([
      'cannot specify both a tag and a branch (at index 1)',
    ]);
    expect(validateSelectors([{ deployed: true, released: true, latest: true }], {})).toEqual([
      'cannot specify the field latest with the fields deployed/released (at index 0)',
      'cannot specify both deployed=true and released=true (at index 0)',
    ]);
  });

  it('reports wrong types and unknown keys before rules', () => {
    expect(validateSelectors([{ mainBranch: false, colour: 'red' }], {})).toEqual([
      'mainBranch must be one of: true (at index 0)',
      'colour is not a known selector key (known: latest, tag, fallbackTag, branch, fallbackBranch, ' +
        'fallbackToMainBranch, matchingBranch, mainBranch, environment, deployed, released, ' +
        'deployedOrReleased, consumer) (at index 0)',
    ]);
    expect(validateSelectors('nope', {})).toEqual(['must be an array']);
    expect(validateSelectors([1], {})).toEqual(['must be an object (at index 0)']);
  });
});

describe('describeSelector', () => {
  it('describes selectors as the Pact Broker does', () => {
    expect(describeSelector({ mainBranch: true }, 'main')).toBe("latest version from the main branch 'main'");
    expect(describeSelector({ tag: 'prod', latest: true, consumer: 'Web' })).toBe(
      "latest version of Web tagged 'prod'",
    );
    expect(describeSelector({ deployed: true, environment: 'production' })).toBe(
      'consumer version(s) currently deployed to production',
    );
  });
});
