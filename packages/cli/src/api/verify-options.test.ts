import { isTreatyError } from '@treaty/core';
import { parseSelectors, verifierOptionsFromFlags } from './verify-options';

describe('parseSelectors', () => {
  it('accepts objects and arrays, in order', () => {
    expect(parseSelectors(['{"mainBranch":true}', '[{"deployedOrReleased":true},{"branch":"x"}]'])).toEqual([
      { mainBranch: true },
      { deployedOrReleased: true },
      { branch: 'x' },
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
    const options = verifierOptionsFromFlags(
      {
        provider: 'p',
        providerBaseUrl: 'http://x',
        brokerBaseUrl: 'http://b',
        pactUrl: ['b.json'],
        consumerVersionTags: 'a, b',
        providerVersionTags: 'main',
        stateChangeUrl: 'http://x/s',
        timeout: 500,
        format: 'junit',
        output: 'r.xml',
        publishVerificationResults: true,
      },
      ['a.json'],
    );
    expect(options).toMatchObject({
      provider: 'p',
      providerBaseUrl: 'http://x',
      pactUrls: ['a.json', 'b.json'],
      pactBrokerUrl: undefined,
      consumerVersionTags: ['a', 'b'],
      providerVersionTags: ['main'],
      providerStatesSetupUrl: 'http://x/s',
      timeout: 500,
      publishVerificationResult: true,
      reporters: ['console', { type: 'junit', outputFile: 'r.xml' }],
    });
  });

  it('uses the broker when no pact is named, and only the chosen format without --output', () => {
    const options = verifierOptionsFromFlags({ brokerBaseUrl: 'http://b', brokerToken: 't', format: 'json' }, []);
    expect(options).toMatchObject({
      pactUrls: undefined,
      pactBrokerUrl: 'http://b',
      pactBrokerToken: 't',
      reporters: ['json'],
    });
  });

  it("takes pact_verifier_cli's spellings", () => {
    const options = verifierOptionsFromFlags(
      {
        providerName: 'p',
        hostname: '127.0.0.1',
        port: 8080,
        basePath: '/api',
        file: ['a.json'],
        dir: ['pacts'],
        url: ['http://b/pact'],
        providerVersion: '1.2.3',
        providerBranch: 'main',
        providerTags: 'x,y',
        publish: true,
        filterConsumer: ['web'],
        header: ['A: 1'],
        requestTimeout: 700,
        json: 'r.json',
        junit: 'r.xml',
        ignoreNoPactsError: true,
        transports: ['grpc:5555'],
        format: 'console',
      },
      [],
    );
    expect(options).toMatchObject({
      provider: 'p',
      providerBaseUrl: 'http://127.0.0.1:8080/api',
      pactUrls: ['http://b/pact', 'a.json', 'pacts'],
      providerVersion: '1.2.3',
      providerVersionBranch: 'main',
      providerVersionTags: ['x', 'y'],
      publishVerificationResult: true,
      consumerFilters: ['web'],
      customProviderHeaders: ['A: 1'],
      timeout: 700,
      failIfNoPactsFound: false,
      transports: [{ protocol: 'grpc', port: 5555 }],
      reporters: ['console', { type: 'json', outputFile: 'r.json' }, { type: 'junit', outputFile: 'r.xml' }],
    });
  });

  it('reads the broker from --broker-url with --user/--password or --token', () => {
    expect(
      verifierOptionsFromFlags({ brokerUrl: 'http://b', user: 'u', password: 'p', format: 'console' }, []),
    ).toMatchObject({
      pactBrokerUrl: 'http://b',
      pactBrokerUsername: 'u',
      pactBrokerPassword: 'p',
    });
    expect(verifierOptionsFromFlags({ brokerUrl: 'http://b', token: 't', format: 'console' }, []).pactBrokerToken).toBe(
      't',
    );
  });
});
