import { renderRequest } from './render-request';
import { renderTemplate, templateParameters, type WebhookEventContext } from './template-parameters';

const context: WebhookEventContext = {
  eventName: 'provider_verification_published',
  consumerName: 'Web App',
  providerName: 'Orders',
  consumerVersionNumber: '1.0.0',
  consumerVersionBranch: 'main',
  consumerVersionTags: ['dev', 'prod'],
  consumerLabels: [],
  providerLabels: ['team-a'],
  pactSha: 'abc',
  providerVersionNumber: '2.0.0',
  providerVersionBranch: 'feat',
  verificationNumber: 3,
  verificationSuccess: true,
  buildUrl: 'http://ci/7',
};

describe('webhook templates', () => {
  it('computes the Pact Broker parameters', () => {
    const params = templateParameters(context, 'http://broker');
    expect(params).toMatchObject({
      'pactbroker.consumerName': 'Web App',
      'pactbroker.consumerVersionTags': 'dev, prod',
      'pactbroker.providerLabels': 'team-a',
      'pactbroker.pactUrl': 'http://broker/pacts/provider/Orders/consumer/Web%20App/pact-version/abc',
      'pactbroker.verificationResultUrl':
        'http://broker/pacts/provider/Orders/consumer/Web%20App/pact-version/abc/verification-results/3',
      'pactbroker.githubVerificationStatus': 'success',
      'pactbroker.bitbucketVerificationStatus': 'SUCCESSFUL',
      'pactbroker.buildUrl': 'http://ci/7',
    });
    expect(
      templateParameters({ ...context, verificationNumber: undefined, verificationSuccess: undefined }, 'http://b')[
        'pactbroker.githubVerificationStatus'
      ],
    ).toBe('pending');
  });

  it('URL-encodes values in URLs only and leaves unknown placeholders alone', () => {
    const params = templateParameters(context, 'http://broker');
    expect(renderTemplate('https://ci/${pactbroker.consumerName}?x=${pactbroker.nope}', params, true)).toBe(
      'https://ci/Web%20App?x=${pactbroker.nope}',
    );
    const request = renderRequest(
      {
        method: 'POST',
        url: 'https://ci/${pactbroker.consumerName}',
        headers: { 'X-V': '${pactbroker.providerVersionNumber}' },
        body: { state: '${pactbroker.githubVerificationStatus}', list: ['${pactbroker.providerName}'] },
        username: 'u',
        password: 'p',
      },
      params,
    );
    expect(request).toEqual({
      method: 'POST',
      url: 'https://ci/Web%20App',
      headers: {
        'X-V': '2.0.0',
        Authorization: `Basic ${Buffer.from('u:p').toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: '{"state":"success","list":["Orders"]}',
    });
  });
});
