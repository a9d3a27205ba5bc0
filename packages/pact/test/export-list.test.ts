import * as pactJs from '@pact-foundation/pact';
import * as treaty from '@treaty/pact';

// Plugin-only classes: Treaty has no plugin support (see README, "Differences from pact-js").
const LEFT_OUT = [
  'SynchronousMessageWithPlugin',
  'SynchronousMessageWithPluginContents',
  'SynchronousMessageWithTransport',
];

describe("@treaty/pact's exports", () => {
  it('include every export of @pact-foundation/pact but the plugin ones, with the same kind', () => {
    const names = Object.keys(pactJs).filter((name) => !LEFT_OUT.includes(name));
    const kinds = (lib: Record<string, unknown>) => Object.fromEntries(names.map((name) => [name, typeof lib[name]]));
    expect(kinds(treaty as Record<string, unknown>)).toEqual(kinds(pactJs as Record<string, unknown>));
  });

  it('include the same MatchersV2 and MatchersV3 functions as pact-js', () => {
    expect(Object.keys(treaty.MatchersV2).sort()).toEqual(
      expect.arrayContaining(Object.keys(pactJs.MatchersV2).sort()),
    );
    expect(Object.keys(treaty.MatchersV3)).toEqual(expect.arrayContaining(Object.keys(pactJs.MatchersV3)));
  });
});
