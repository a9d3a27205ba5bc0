import type { Mismatch } from '@treaty/core';
import type { OpenApiIssue } from '@treaty/openapi';
import type { InteractionResult, PactResult } from '../types';
import { verificationResultBody } from './publish-results';

function interaction(overrides: Partial<InteractionResult>): InteractionResult {
  return {
    description: 'get order 1',
    kind: 'http',
    key: 'key-1',
    providerStates: [],
    success: true,
    pending: false,
    mismatches: [],
    openapi: [],
    formatted: '',
    durationMs: 1,
    ...overrides,
  };
}

function pact(interactions: InteractionResult[]): PactResult {
  return {
    consumer: 'web',
    provider: 'orders',
    source: 'http://broker/pacts/provider/orders/consumer/web',
    pending: false,
    wip: false,
    notices: [],
    success: interactions.every((i) => i.success),
    interactions,
  };
}

function mismatch(type: Mismatch['type'], path: string, message: string): Mismatch {
  return { type, path, message, expected: 'e', actual: 'a' };
}

const version = expect.stringMatching(/^\d+\.\d+\.\d+/);

describe('verificationResultBody', () => {
  it('publishes a successful run as pact-reference does: { interactionId, success } per interaction with an id', () => {
    const body = verificationResultBody(
      { providerVersion: '1.2.3', buildUrl: 'https://ci/42' },
      pact([interaction({ interactionId: 'ID1' }), interaction({ description: 'from a file' })]),
    );
    expect(body).toEqual({
      success: true,
      providerApplicationVersion: '1.2.3',
      verifiedBy: { implementation: 'Treaty', version },
      buildUrl: 'https://ci/42',
      testResults: [{ interactionId: 'ID1', success: true }],
    });
  });

  it('leaves buildUrl out when there is none', () => {
    const body = verificationResultBody({ providerVersion: '1' }, pact([]));
    expect(Object.keys(body)).toEqual(['success', 'providerApplicationVersion', 'verifiedBy', 'testResults']);
  });

  it('lists every interaction of a failed run with its description; identifies query, header, body, metadata', () => {
    const failed = interaction({
      interactionId: 'ID2',
      description: 'get order 2',
      success: false,
      mismatches: [
        mismatch('method', '', 'Expected method GET but received POST'),
        mismatch('path', '', 'Expected path /a but received /b'),
        mismatch('status', '', 'Expected status 200 but received 500'),
        mismatch('query', 'page', 'Expected page=1 but received page=2'),
        mismatch('header', 'X-Test', 'Expected header X-Test to be 1'),
        mismatch('bodyType', '', "Expected a body of type 'application/json' but received 'text/plain'"),
        mismatch('body', '$.total', 'Expected 1 (number) to be a string'),
        mismatch('metadata', 'Origin', 'Expected Origin to match \\w{3}-\\d+'),
      ],
    });
    const body = verificationResultBody(
      { providerVersion: '1.2.3' },
      pact([interaction({ interactionId: 'ID1' }), failed]),
    );
    expect(body.success).toBe(false);
    expect(body.testResults).toEqual([
      { interactionId: 'ID1', success: true, interactionDescription: 'get order 1' },
      {
        interactionId: 'ID2',
        success: false,
        interactionDescription: 'get order 2',
        mismatches: [
          { attribute: 'method', description: 'Expected method GET but received POST' },
          { attribute: 'path', description: 'Expected path /a but received /b' },
          { attribute: 'status', description: 'Expected status 200 but received 500' },
          { attribute: 'query', identifier: 'page', description: 'Expected page=1 but received page=2' },
          { attribute: 'header', identifier: 'X-Test', description: 'Expected header X-Test to be 1' },
          {
            attribute: 'body',
            identifier: '$',
            description: "Expected a body of type 'application/json' but received 'text/plain'",
          },
          { attribute: 'body', identifier: '$.total', description: 'Expected 1 (number) to be a string' },
          { attribute: 'metadata', identifier: 'Origin', description: 'Expected Origin to match \\w{3}-\\d+' },
        ],
      },
    ]);
  });

  it('publishes an error that stopped an interaction as an exception, and OpenAPI errors as openapi mismatches', () => {
    const issue = (severity: OpenApiIssue['severity'], message: string): OpenApiIssue => ({
      code: 'response.body.incompatible',
      severity,
      message,
      specLocation: '#/paths/~1orders/get/responses/200',
    });
    const body = verificationResultBody(
      { providerVersion: '1.2.3' },
      pact([
        interaction({ interactionId: 'ID1', success: false, error: 'Request failed: connect ECONNREFUSED' }),
        interaction({
          interactionId: 'ID2',
          success: false,
          openapi: [issue('error', 'response.body.total must be integer'), issue('warning', 'not documented')],
        }),
      ]),
    );
    expect(body.testResults).toEqual([
      {
        interactionId: 'ID1',
        success: false,
        interactionDescription: 'get order 1',
        exceptions: [{ message: 'Request failed: connect ECONNREFUSED' }],
      },
      {
        interactionId: 'ID2',
        success: false,
        interactionDescription: 'get order 1',
        mismatches: [
          {
            attribute: 'openapi',
            identifier: '#/paths/~1orders/get/responses/200',
            description: 'response.body.total must be integer',
          },
        ],
      },
    ]);
  });

  it('gives a failed-run entry of an interaction without a broker id no interactionId', () => {
    const body = verificationResultBody(
      { providerVersion: '1' },
      pact([interaction({ success: false, mismatches: [mismatch('status', '', 'Expected status 200')] })]),
    );
    expect(body.testResults).toEqual([
      {
        success: false,
        interactionDescription: 'get order 1',
        mismatches: [{ attribute: 'status', description: 'Expected status 200' }],
      },
    ]);
  });
});
