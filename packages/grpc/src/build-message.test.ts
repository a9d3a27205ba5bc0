import * as protobuf from 'protobufjs';
import { buildMessage } from './build-message';

const root = protobuf.parse(
  `
syntax = "proto3";
package t;
enum Colour { COLOUR_UNSPECIFIED = 0; RED = 1; }
message Inner { string id = 1; }
message Outer {
  double price = 1;
  int64 count = 2;
  bool ok = 3;
  Colour colour = 4;
  Inner inner = 5;
  repeated string tags = 6;
  repeated Inner items = 7;
  map<string, int32> sizes = 8;
  string created_at = 9;
}`,
  { keepCase: true },
).root;
const outer = root.lookupType('t.Outer');

describe('buildMessage', () => {
  it('turns literals and definitions into example values and rules at the decoded paths', () => {
    const built = buildMessage(outer, {
      price: 'matching(number, 9.5)',
      count: '12',
      ok: 'matching(boolean, true)',
      colour: 'RED',
      inner: { id: "notEmpty('a1')" },
      tags: "matching(type, 'x')",
      items: [{ id: "matching(regex, '^i\\d$', 'i1')" }],
      sizes: { m: 'matching(integer, 3)' },
      'pact:ignored': 1,
    });
    expect(built.value).toEqual({
      price: 9.5,
      count: 12,
      ok: true,
      colour: 'RED',
      inner: { id: 'a1' },
      tags: ['x'],
      items: [{ id: 'i1' }],
      sizes: { m: 3 },
    });
    expect(built.rules).toEqual({
      '$.price': { combine: 'AND', matchers: [{ match: 'number' }] },
      '$.ok': { combine: 'AND', matchers: [{ match: 'boolean' }] },
      '$.inner.id': { combine: 'AND', matchers: [{ match: 'notEmpty' }] },
      '$.tags.*': { combine: 'AND', matchers: [{ match: 'type' }] },
      '$.items[0].id': { combine: 'AND', matchers: [{ match: 'regex', regex: '^i\\d$' }] },
      '$.sizes.m': { combine: 'AND', matchers: [{ match: 'integer' }] },
    });
  });

  it('puts a values matcher for every item of a repeated field on the field, as the plugin does', () => {
    expect(buildMessage(outer, { tags: "eachValue(matching(type, 'x'))" }).rules).toEqual({
      '$.tags': { combine: 'AND', matchers: [{ match: 'eachValue', rules: [{ match: 'type' }], value: 'x' }] },
    });
  });

  it('takes a pact:match for repeated messages and maps', () => {
    const built = buildMessage(outer, {
      items: { 'pact:match': 'atLeast(1)', id: "matching(type, 'i1')" },
      sizes: { 'pact:match': "eachKey(matching(regex, '^[a-z]+$', 'm')), eachValue(matching(integer, 3))" },
    });
    expect(built.value).toEqual({ items: [{ id: 'i1' }], sizes: { m: 3 } });
    expect(built.rules['$.items']).toEqual({ combine: 'AND', matchers: [{ match: 'type', min: 1 }] });
    expect(built.rules['$.items.*.id']).toEqual({ combine: 'AND', matchers: [{ match: 'type' }] });
    expect(built.rules['$.sizes'].matchers.map((m) => m.match)).toEqual(['eachKey', 'eachValue']);
  });

  it('records provider-state generators', () => {
    expect(buildMessage(outer, { created_at: "fromProviderState('${now}', '2024-01-01')" }).generators).toEqual({
      '$.created_at': { type: 'ProviderState', expression: '${now}' },
    });
  });

  it.each([
    [
      { nope: 1 },
      "message t.Outer has no field 'nope' (fields: price, count, ok, colour, inner, tags, items, sizes, created_at)",
    ],
    [{ price: 'cheap' }, 'field $.price is a double, but "cheap" is not a number'],
    [{ colour: 'BLUE' }, 'field $.colour is a Colour: "BLUE" is not one of COLOUR_UNSPECIFIED, RED'],
    [{ inner: 'x' }, 'field $.inner is a t.Inner message: give it an object'],
    [{ sizes: [1] }, 'field $.sizes is a map: give it an object'],
  ])('explains what is wrong with %j', (config, message) => {
    expect(() => buildMessage(outer, config)).toThrow(message);
  });
});
