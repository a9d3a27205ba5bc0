import { forVerificationQuery } from './for-verification-query';

describe('forVerificationQuery', () => {
  it('reads nested snake_case selectors, tags and flags into the POST body shape', () => {
    const search =
      'consumer_version_selectors[][tag]=prod&consumer_version_selectors[][latest]=true' +
      '&consumer_version_selectors[][tag]=dev&consumer_version_selectors[][latest]=true&' +
      'provider_version_tags[]=a&provider_version_tags[]=b&provider_version_branch=main' +
      '&include_pending_status=true&include_wip_pacts_since=2020-01-01';
    expect(forVerificationQuery(search)).toEqual({
      consumerVersionSelectors: [
        { tag: 'prod', latest: true },
        { tag: 'dev', latest: true },
      ],
      providerVersionTags: ['a', 'b'],
      providerVersionBranch: 'main',
      includePendingStatus: true,
      includeWipPactsSince: '2020-01-01',
    });
  });

  it('accepts indexed selectors and camelCase keys', () => {
    expect(
      forVerificationQuery(
        'consumerVersionSelectors[1][branch]=x&consumerVersionSelectors[0][deployed]=true&' +
          'consumerVersionSelectors[0][environment]=prod',
      ),
    ).toEqual({
      consumerVersionSelectors: [{ deployed: true, environment: 'prod' }, { branch: 'x' }],
    });
  });

  it('leaves a non-boolean flag as text so validation can reject it', () => {
    expect(forVerificationQuery('include_pending_status=yes')).toEqual({ includePendingStatus: 'yes' });
  });
});
