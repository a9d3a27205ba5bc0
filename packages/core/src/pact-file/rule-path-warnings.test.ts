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
        generators: { body: { '$.items[0].id': { type: 'RandomInt' } } },
      },
    },
  ],
};

describe('parsePact reports rule paths that are not JSON paths', () => {
  it('lists each bad matching-rule path with the interaction, the part and the rule', () => {
    const pact = parsePact(v3);
    expect(pact.warnings).toEqual([
      {
        code: 'TREATY_CORE_INVALID_RULE_PATH',
        interaction: 'a list of orders',
        where: 'response body',
        rulePath: '$.items[',
        message: expect.stringMatching(
          new RegExp(
            /^Failed to read the matching rule path "\$\.items\[" in interaction "a list of orders" /.source +
              /\(response body\): unclosed/.source,
          ),
        ),
      },
    ]);
    expect(pact.warnings?.[0].message).toContain('Treaty ignores the rule');
  });

  it('checks the request and message parts too', () => {
    const request = { ...v3.interactions[0].request, matchingRules: { body: { '$..deep': { match: 'type' } } } };
    const withRequestRule = { ...v3, interactions: [{ ...v3.interactions[0], request, response: { status: 200 } }] };
    expect(parsePact(withRequestRule).warnings?.map((w) => [w.where, w.rulePath])).toEqual([
      ['request body', '$..deep'],
    ]);
    const message = {
      description: 'an event',
      contents: { a: 1 },
      matchingRules: { body: { '$[a': { match: 'type' } } },
    };
    const messages = { ...v3, interactions: undefined, messages: [message] };
    expect(parsePact(messages).warnings?.map((w) => [w.where, w.rulePath])).toEqual([['message body', '$[a']]);
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
