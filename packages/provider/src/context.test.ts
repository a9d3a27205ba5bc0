import { customHeaderMap } from './context';
import { forVerificationBody } from './broker/pacts-for-verification';
import { xmlEscape } from './reporters/junit-reporter';

describe('small helpers', () => {
  it('reads customProviderHeaders in both pact-js forms', () => {
    expect(customHeaderMap(['Authorization: Bearer a:b', 'X-A: 1', 'X-A: 2', 'broken'])).toEqual({
      Authorization: ['Bearer a:b'],
      'X-A': ['1', '2'],
    });
    expect(customHeaderMap({ 'X-B': 'y' })).toEqual({ 'X-B': ['y'] });
  });

  it('turns consumerVersionTags into latest-tag selectors when no selectors are given', () => {
    expect(forVerificationBody({ consumerVersionTags: ['main', 'prod'], providerBranch: 'dev' })).toEqual({
      consumerVersionSelectors: [
        { tag: 'main', latest: true },
        { tag: 'prod', latest: true },
      ],
      providerVersionBranch: 'dev',
      includePendingStatus: false,
    });
  });

  it('escapes XML', () => {
    expect(xmlEscape('a <b> & "c" \u0001')).toBe('a &lt;b&gt; &amp; &quot;c&quot; ');
  });
});
