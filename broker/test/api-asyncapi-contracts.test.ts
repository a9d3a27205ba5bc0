import { publishBody } from './support/fixtures';
import { startHttpBroker, type HttpBroker } from './support/http-broker';

const userEvents = (userIdType: 'string' | 'integer') => `asyncapi: 3.0.0
info: { title: Users, version: '1' }
channels:
  userEvents:
    address: user-events
    messages:
      userCreated:
        contentType: application/json
        payload: { type: object, properties: { userId: { type: ${userIdType} }, name: { type: string } } }
operations:
  publishUserEvents:
    action: send
    channel: { $ref: '#/channels/userEvents' }
    messages: [{ $ref: '#/channels/userEvents/messages/userCreated' }]
`;

/** A V4 message pact of Mailer on Users, naming the AsyncAPI operation as PactFlow reads it. */
function messagePact(userId: unknown): Record<string, unknown> {
  return {
    consumer: { name: 'Mailer' },
    provider: { name: 'Users' },
    interactions: [
      {
        type: 'Asynchronous/Messages',
        description: 'a user created',
        pending: false,
        comments: { references: { AsyncAPI: { operationId: 'publishUserEvents' } } },
        contents: { content: { userId }, contentType: 'application/json', encoded: false },
      },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  };
}

const matrixOf = (broker: HttpBroker, consumerVersion: string, providerVersion: string) =>
  broker.call(
    'GET',
    `/matrix?q[][pacticipant]=Mailer&q[][version]=${consumerVersion}&q[][pacticipant]=Users&` +
      `q[][version]=${providerVersion}&latestby=cvpv`,
  );

describe('AsyncAPI provider contracts (bi-directional, messages)', () => {
  let broker: HttpBroker;
  beforeAll(async () => {
    broker = await startHttpBroker();
    expect((await broker.call('POST', '/contracts/publish', publishBody('1.0.0', [messagePact('u-1')]))).status).toBe(
      200,
    );
    expect((await broker.call('POST', '/contracts/publish', publishBody('1.1.0', [messagePact(7)]))).status).toBe(200);
  });
  afterAll(() => broker.close());

  it('takes an AsyncAPI contract like an OpenAPI one and puts the message check in the matrix', async () => {
    const published = await broker.call('POST', '/provider-contracts/provider/Users/publish', {
      pacticipantVersionNumber: '2.0.0',
      branch: 'main',
      contract: {
        content: Buffer.from(userEvents('string')).toString('base64'),
        contentType: 'application/yaml',
        specification: 'asyncapi',
        selfVerificationResults: { success: true },
      },
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ providerName: 'Users', contractType: 'asyncapi' });
    expect((await matrixOf(broker, '1.0.0', '2.0.0')).body.summary).toMatchObject({ deployable: true, success: 1 });
  });

  it('fails the matrix for a message the document does not allow, with the finding in the results', async () => {
    expect((await matrixOf(broker, '1.1.0', '2.0.0')).body.summary).toMatchObject({ deployable: false, failed: 1 });
    const results = await broker.call(
      'GET',
      '/provider-contracts/provider/Users/version/2.0.0/cross-contract-verification-results',
    );
    const failed = (
      results.body.results as Array<{
        consumerVersionNumber: string;
        success: boolean;
        issues: Array<{ code: string }>;
      }>
    ).find((r) => r.consumerVersionNumber === '1.1.0');
    expect(failed).toMatchObject({
      success: false,
      issues: [{ code: 'message.payload.incompatible', pactLocation: '$.interactions[0].contents.content.userId' }],
    });
  });

  it('answers can-i-deploy from the message check (provider version tagged prod)', async () => {
    expect((await broker.call('PUT', '/pacticipants/Users/versions/2.0.0/tags/prod', {})).status).toBeLessThan(300);
    expect(
      (await broker.call('GET', '/can-i-deploy?pacticipant=Mailer&version=1.0.0&to=prod')).body.summary,
    ).toMatchObject({ deployable: true });
    expect(
      (await broker.call('GET', '/can-i-deploy?pacticipant=Mailer&version=1.1.0&to=prod')).body.summary,
    ).toMatchObject({ deployable: false });
  });

  it('does not count an OpenAPI contract as a check of a message pact', async () => {
    const openapi = 'openapi: 3.1.0\ninfo: { title: Users, version: "1" }\npaths: {}\n';
    expect(
      (
        await broker.call('PUT', '/provider-contracts/provider/Users/version/3.0.0', {
          content: openapi,
          contractType: 'oas',
          verificationResults: { success: true },
        })
      ).status,
    ).toBe(201);
    expect((await matrixOf(broker, '1.0.0', '3.0.0')).body.summary).toMatchObject({ deployable: false });
    const results = await broker.call(
      'GET',
      '/provider-contracts/provider/Users/version/3.0.0/cross-contract-verification-results',
    );
    expect(results.body.results[0].issues[0]).toMatchObject({ code: 'contract.kind.mismatch', severity: 'error' });
  });

  it('refuses a contractType that does not match the document, with a 400 saying what to set', async () => {
    const wrong = await broker.call('PUT', '/provider-contracts/provider/Users/version/4.0.0', {
      content: userEvents('string'),
      contractType: 'oas',
      verificationResults: { success: true },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.contractType[0]).toMatch(/AsyncAPI document: set it to asyncapi/);
  });
});
