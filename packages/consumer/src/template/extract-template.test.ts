import { eachLike, like, integer, arrayContaining, fromProviderState } from '../matchers/matchers-v3';
import { extractTemplate } from './extract-template';

describe('extractTemplate', () => {
  it('splits a template into example, rules under JSON paths, and generators', () => {
    const out = extractTemplate({ id: integer(), 'odd key': like('x'), items: eachLike({ n: integer(1) }, 2) });
    expect(out.example).toEqual({ id: 101, 'odd key': 'x', items: [{ n: 1 }, { n: 1 }] });
    expect(out.rules).toEqual({
      '$.id': { matchers: [{ match: 'integer' }] },
      "$['odd key']": { matchers: [{ match: 'type' }] },
      '$.items': { matchers: [{ match: 'type', min: 2 }] },
      '$.items[*].n': { matchers: [{ match: 'integer' }] },
    });
    expect(out.generators).toEqual({ '$.id': { type: 'RandomInt', min: 0, max: 10 } });
  });

  it('writes arrayContains variants with their own rules, and provider-state generators', () => {
    const out = extractTemplate({ tags: arrayContaining(like({ a: 1 })), href: fromProviderState('/x/${id}', '/x/1') });
    expect(out.rules['$.tags']).toEqual({
      matchers: [{ match: 'arrayContains', variants: [{ index: 0, rules: { $: { matchers: [{ match: 'type' }] } } }] }],
    });
    expect(out.generators['$.href']).toEqual({ type: 'ProviderState', expression: '/x/${id}' });
    expect(out.example).toEqual({ tags: [{ a: 1 }], href: '/x/1' });
  });

  it('leaves plain values alone', () => {
    expect(extractTemplate([1, 'a', null, { b: true }])).toEqual({
      example: [1, 'a', null, { b: true }],
      rules: {},
      generators: {},
    });
  });
});
