import { matchHttpResponse } from '../matching';
import type { HttpInteraction } from '../model';
import { parsePact } from './parse-pact';

const v3 = {
  consumer: { name: 'web' },
  provider: { name: 'api' },
  metadata: { pactSpecification: { version: '3.0.0' } },
  interactions: [
    {
      description: 'a list of orders',
      request: { method: 'GET', path: '/orders' },
      response: {
        status: 200,
        body: { items: [{ id: 1 }] },
        matchingRules: {
          body: {
            '$.items[*].id': { matchers: [{ match: 'integer' }] },
            '$.items[': { matchers: [{ match: 'type' }] },
          },
          header: { 'X-Weird[': { matchers: [{ match: 'regex', regex: '.*' }] } },
        },
        generators: { body: { '$.items[x]': { type: 'RandomInt' } } },
      },
    },
  ],
};

describe('parsePact reports rule paths that are not JSON paths', () => {
  it('lists each bad matching-rule and generator path with the interaction, the part and the rule', () => {
    const pact = parsePact(v3);
    expect(pact.warnings).toEqual([
      {
        code: 'TREATY_CORE_INVALID_RULE_PATH',
        interaction: 'a list of orders',
        where: 'response body',
        rulePath: '$.items[',
        message: expect.stringMatching(
          /^Failed to read the matching rule path "\$\.items\[" in interaction "a list of orders" \(response body\): unclosed/,
        ),
      },
      expect.objectContaining({
        code: 'TREATY_CORE_INVALID_RULE_PATH',
        where: 'response body',
        rulePath: '$.items[x]',
      }),
    ]);
    expect(pact.warnings?.[1].message).toContain('generator path');
    expect(pact.warnings?.[0].message).toContain('Treaty ignores it');
  });

  it('reads V2 flat keys the same way', () => {
    const v2 = {
      ...v3,
      metadata: { pactSpecification: { version: '2.0.0' } },
      interactions: [
        { ...v3.interactions[0], response: { status: 200, matchingRules: { '$.body.a[?]': { match: 'type' } } } },
      ],
    };
    expect(parsePact(v2).warnings?.map((w) => w.rulePath)).toEqual(['$.a[?]']);
  });

  it('still matches with the valid rules and ignores the bad one', () => {
    const interaction = parsePact(v3).interactions[0] as HttpInteraction;
    expect(matchHttpResponse(interaction.response, { status: 200, body: { content: { items: [{ id: 7 }] } } }).ok).toBe(
      true,
    );
    const wrong = matchHttpResponse(interaction.response, { status: 200, body: { content: { items: [{ id: 'x' }] } } });
    expect(wrong.ok).toBe(false);
  });

  it('leaves warnings out when every path is valid', () => {
    const clean = { ...v3, interactions: [{ ...v3.interactions[0], response: { status: 200 } }] };
    expect(parsePact(clean)).not.toHaveProperty('warnings');
  });
});
