import { publishBody, samplePact } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

const ordersApi = (idType: 'string' | 'integer') => `openapi: 3.1.0
info: { title: Orders, version: '1' }
paths:
  /orders/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: an order
          content:
            application/json:
              schema: { type: object, required: [id], properties: { id: { type: ${idType} } } }
`;

const b64 = (text: string) => Buffer.from(text).toString('base64');
const matrixOf = (broker: HttpBroker, consumerVersion: string, providerVersion: string) =>
  broker.call(
    'GET',
    `/matrix?q[][pacticipant]=Web&q[][version]=${consumerVersion}&q[][pacticipant]=Orders&` +
      `q[][version]=${providerVersion}&latestby=cvpv`,
  );

describe('provider contracts (bi-directional)', () => {
  let broker: HttpBroker;
  beforeAll(async () => {
    broker = await startHttpBroker();
    expect((await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [samplePact()]))).status).toBe(200);
  });
  afterAll(() => broker.close());

  it('stores a PactFlow-style provider contract and checks it against existing consumer pacts', async () => {
    const published = await broker.call('POST', '/provider-contracts/provider/Orders/publish', {
      pacticipantVersionNumber: '2.0.0',
      branch: 'main',
      tags: ['prod'],
      buildUrl: 'http://ci/1',
      contract: {
        content: b64(ordersApi('string')),
        contentType: 'application/yaml',
        specification: 'oas',
        selfVerificationResults: {
          success: true,
          content: b64('all good'),
          contentType: 'text/plain',
          verifier: 'dredd',
        },
      },
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      providerName: 'Orders',
      providerVersionNumber: '2.0.0',
      contractType: 'oas',
      selfVerificationResults: { success: true, verifier: 'dredd' },
    });
    expect(published.body.content).toContain('openapi: 3.1.0');
    const results = await broker.call(
      'GET',
      '/provider-contracts/provider/Orders/version/2.0.0/cross-contract-verification-results',
    );
    expect(results.body.results).toMatchObject([
      { consumerName: 'Web', consumerVersionNumber: '1.0.0', success: true },
    ]);
    const matrix = await matrixOf(broker, '1.0.0', '2.0.0');
    expect(matrix.body.summary).toMatchObject({ deployable: true, success: 1 });
    expect(matrix.body.matrix[0]).toMatchObject({
      provider: { version: { number: '2.0.0' } },
      verificationResult: { success: true },
    });
  });

  it('links a provider-contract matrix row to the contract results (not to a verification number 0)', async () => {
    const row = (await matrixOf(broker, '1.0.0', '2.0.0')).body.matrix[0];
    const href: string = row.verificationResult._links.self.href;
    expect(href).toBe(
      `${broker.url}/provider-contracts/provider/Orders/version/2.0.0/cross-contract-verification-results`,
    );
    const followed = await broker.call('GET', href.slice(broker.url.length));
    expect(followed.status).toBe(200);
    expect(followed.body.results).toMatchObject([{ consumerName: 'Web', success: true }]);
    const contract = await broker.call(
      'GET',
      row.verificationResult._links['pb:provider-contract'].href.slice(broker.url.length),
    );
    expect(contract.body).toMatchObject({ providerName: 'Orders', providerVersionNumber: '2.0.0' });
  });

  it(
    'fails the matrix when the consumer pact does not ' + 'fit the document (checked lazily for a later pact)',
    async () => {
      await broker.call('PUT', '/provider-contracts/provider/Orders/version/3.0.0', {
        content: ordersApi('integer'),
        contractType: 'oas',
        contentType: 'application/yaml',
        verificationResults: { success: true, verifier: 'schemathesis' },
      });
      expect((await matrixOf(broker, '1.0.0', '3.0.0')).body.summary).toMatchObject({ deployable: false, failed: 1 });
      const results = await broker.call(
        'GET',
        '/provider-contracts/provider/Orders/version/3.0.0/cross-contract-verification-results',
      );
      expect(results.body.results[0].issues[0]).toMatchObject({
        code: 'response.body.incompatible',
        severity: 'error',
      });

      await broker.call('POST', '/contracts/publish', publishBody('1.1.0', [samplePact('Web', 'Orders', 'b')]));
      expect((await matrixOf(broker, '1.1.0', '2.0.0')).body.summary).toMatchObject({ deployable: true });
    },
  );

  it('fails when the provider self-verification failed', async () => {
    await broker.call('PUT', '/provider-contracts/provider/Orders/version/4.0.0', {
      content: ordersApi('string'),
      contractType: 'oas',
      verificationResults: { success: false },
    });
    expect((await matrixOf(broker, '1.0.0', '4.0.0')).body.summary).toMatchObject({ deployable: false });
  });

  it('rejects a document that is not OpenAPI and missing fields, and 404s unknown contracts', async () => {
    const bad = await broker.call('PUT', '/provider-contracts/provider/Orders/version/5.0.0', {
      content: '{"hello": 1}',
      verificationResults: { success: true },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.content[0]).toMatch(/not a readable OpenAPI document/);
    const missing = await broker.call('POST', '/provider-contracts/provider/Orders/publish', { contract: {} });
    // The nested (PactFlow CLI) form may leave out self-verification results: the contract then counts as not verified.
    expect(Object.keys(missing.body.errors).sort()).toEqual(['content', 'pacticipantVersionNumber']);
    const flat = await broker.call('PUT', '/provider-contracts/provider/Orders/version/9.0.0', {
      content: b64(ordersApi('string')),
    });
    expect(Object.keys(flat.body.errors)).toEqual(['verificationResults.success']);
    // The path older PactFlow clients PUT to takes the same flat form.
    const legacy = await broker.call('PUT', '/contracts/provider/Orders/version/9.0.1', {
      content: b64(ordersApi('string')),
      contractType: 'oas',
      contentType: 'application/yaml',
      verificationResults: { success: true, verifier: 'dredd' },
    });
    expect(legacy.status).toBe(201);
    expect(
      (await broker.call('GET', '/provider-contracts/provider/Orders/version/9.0.1')).body.selfVerificationResults,
    ).toMatchObject({ success: true, verifier: 'dredd' });
    expect((await broker.call('GET', '/provider-contracts/provider/Orders/version/1.0.0')).status).toBe(404);
  });
});
