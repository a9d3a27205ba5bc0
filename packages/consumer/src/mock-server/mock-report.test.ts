import { matchHttpRequest, type HttpInteraction } from '@treaty/core';
import { describeUnexpected, formatMockReport, reportOk } from './mock-report';

const order: HttpInteraction = {
  type: 'Synchronous/HTTP',
  description: 'get order 1',
  providerStates: [],
  request: { method: 'GET', path: '/orders/1' },
  response: { status: 200 },
};

describe('the mock server report', () => {
  it('is ok only with nothing missing and nothing unexpected', () => {
    expect(reportOk({ missing: [], unexpected: [] })).toBe(true);
    expect(reportOk({ missing: [order], unexpected: [] })).toBe(false);
    expect(reportOk({ missing: [], unexpected: [{ request: { method: 'GET', path: '/x' } }] })).toBe(false);
  });

  it('names a request that came while the test defined no interactions', () => {
    expect(describeUnexpected({ request: { method: 'DELETE', path: '/x' } })).toBe(
      '  Unexpected request DELETE /x: the test defines no interactions.',
    );
  });

  it('names the closest interaction and indents its mismatches', () => {
    const request = { method: 'GET', path: '/orders/2' };
    const text = describeUnexpected({
      request,
      closest: { interaction: order, result: matchHttpRequest(order.request, request) },
    });
    const [heading, ...details] = text.split('\n');
    expect(heading).toBe('  Request GET /orders/2 did not match; the closest interaction is "get order 1":');
    expect(details.join('\n')).toContain('/orders/1');
    expect(details.every((line) => line === '' || line.startsWith('    '))).toBe(true);
  });

  it('lists missing requests, then unexpected ones', () => {
    const text = formatMockReport({ missing: [order], unexpected: [{ request: { method: 'POST', path: '/y' } }] });
    expect(text.split('\n')).toEqual([
      '  Missing request: "get order 1" expected GET /orders/1, but it was never received.',
      '  Unexpected request POST /y: the test defines no interactions.',
    ]);
  });
});
