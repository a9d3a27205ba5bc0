import { isTreatyError } from '@treaty/core';
import { parseSelectors, verifierOptionsFromFlags } from './verify-options';

describe('parseSelectors', () => {
  it('accepts objects and arrays, in order', () => {
    expect(parseSelectors(['{"mainBranch":true}', '[{"deployedOrReleased":true},{"branch":"x"}]'])).toEqual([
      { mainBranch: true }, { deployedOrReleased: true }, { branch: 'x' },
    ]);
    expect(parseSelectors(undefined)).toBeUndefined();
  });

  it.each([['{main'], ['"main"'], ['[1]']])('rejects %s with TREATY_CLI_INVALID_JSON', (text) => {
    let error: unknown;
    try {
      parseSelectors([text]);
    } catch (e) {
      error = e;
    }
    expect(isTreatyError(error) && error.code).toBe('TREATY_CLI_INVALID_JSON');
  });
});

describe('verifierOptionsFromFlags', () => {
  it('maps flags to pact-js Verifier option names, pact files winning over the broker', () => {
    const options = verifierOptionsFromFlags({
      provider: 'p', providerBaseUrl: 'http://x', brokerBaseUrl: 'http://b', pactUrl: ['b.json'], consumerVersionTags: 'a, b',
      providerVersionTags: 'main', stateChangeUrl: 'http://x/s', timeout: '500', format: 'junit', output: 'r.xml', publishVerificationResults: true,
    }, ['a.json']);
    expect(options).toMatchObject({
      provider: 'p', providerBaseUrl: 'http://x', pactUrls: ['a.json', 'b.json'], pactBrokerUrl: undefined, consumerVersionTags: ['a', 'b'],
      providerVersionTags: ['main'], providerStatesSetupUrl: 'http://x/s', timeout: 500, publishVerificationResult: true,
      reporters: ['console', { type: 'junit', outputFile: 'r.xml' }],
    });
  });

  it('uses the broker when no pact is named, and only the chosen format without --output', () => {
    const options = verifierOptionsFromFlags({ brokerBaseUrl: 'http://b', brokerToken: 't', format: 'json' }, []);
    expect(options).toMatchObject({ pactUrls: undefined, pactBrokerUrl: 'http://b', pactBrokerToken: 't', reporters: ['json'] });
  });
});
