import type { InteractionResult, VerificationReport } from '../types';
import { renderJunit, xmlEscape } from './junit-reporter';

function result(extra: Partial<InteractionResult>): InteractionResult {
  return {
    description: 'a request',
    kind: 'http',
    providerStates: [],
    success: true,
    pending: false,
    mismatches: [],
    openapi: [],
    formatted: '',
    durationMs: 250,
    ...extra,
  };
}

const report: VerificationReport = {
  provider: 'orders <api>',
  success: false,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1500,
  summary: { pacts: 1, interactions: 3, passed: 1, failed: 1, pendingFailed: 1 },
  warnings: [],
  pacts: [
    {
      consumer: 'web',
      provider: 'orders',
      source: 'pacts/web-orders.json',
      pending: false,
      wip: false,
      notices: [],
      success: false,
      interactions: [
        result({ description: 'order 1', providerStates: ['an order exists'] }),
        result({
          description: 'bad "quote"',
          success: false,
          error: 'status 500 & <boom>',
          formatted: 'details\nhere',
        }),
        result({ description: 'new thing', success: false, pending: true, error: 'not yet' }),
      ],
    },
  ],
};

describe('renderJunit', () => {
  const xml = renderJunit(report);

  it('writes one suite per pact with counts and time', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pact verification of orders &lt;api&gt;"',
      ),
    ).toBe(true);
    expect(xml).toContain('tests="3" failures="1" time="1.500"');
    expect(xml).toContain('<testsuite name="web → orders" tests="3" failures="1" errors="0" skipped="1" time="0.750">');
  });

  it('names test cases by state and description, escaping XML', () => {
    expect(xml).toContain('<testcase classname="web → orders" name="given an order exists: order 1" time="0.250"/>');
    expect(xml).toContain('<failure message="status 500 &amp; &lt;boom&gt;">details\nhere</failure>');
    expect(xml).toContain('name="bad &quot;quote&quot;"');
  });

  it('reports a failure of a pending interaction as skipped', () => {
    expect(xml).toContain('<skipped message="pending: not yet"/>');
  });

  it('drops characters XML cannot hold', () => {
    expect(xmlEscape('a\u0001b\tc')).toBe('ab\tc');
  });
});
