import type { RuleList } from '../model';
import { formatJsonPath } from '../json-path/json-path';
import { compareXml } from './compare-xml';
import { RuleIndex } from './rule-index';
import type { TreeContext } from './tree-context';
import { parseXml } from './xml-dom';

function compare(expected: string, actual: string, rules: Record<string, RuleList> = {}, allowUnexpectedKeys = true) {
  const ctx: TreeContext = {
    rules: new RuleIndex(rules),
    allowUnexpectedKeys,
    fromText: true,
    scalarRulesReachItems: false,
    type: 'body',
    noun: 'key',
    formatPath: formatJsonPath,
    mismatches: [],
  };
  compareXml(ctx, parseXml(expected), parseXml(actual));
  return ctx.mismatches;
}

const regex = (re: string) => ({ matchers: [{ match: 'regex', regex: re }] });
const type = (extra: Record<string, unknown> = {}) => ({ matchers: [{ match: 'type', ...extra }] });

describe('compareXml', () => {
  it(
    'applies a regex on a repeated element to the text of ' + 'each (the specification case "matches with regex xml")',
    () => {
      const colours = (a: string, b: string) =>
        `<alligator><favouriteColours><favouriteColour>${a}</favouriteColour><favouriteColour>${b}</` +
        `favouriteColour></favouriteColours></alligator>`;
      const rules = { '$.alligator.favouriteColours.favouriteColour': regex('red|blue') };
      expect(compare(colours('red', 'blue'), colours('blue', 'red'), rules)).toEqual([]);
      expect(compare(colours('red', 'blue'), colours('blue', 'green'), rules)).toMatchObject([
        { path: "$.alligator.favouriteColours[0].favouriteColour[1]['#text']", actual: 'green', rule: 'regex' },
      ]);
      const one = '<alligator><favouriteColours><favouriteColour>red</favouriteColour></favouriteColours></alligator>';
      expect(compare(colours('red', 'blue'), one, rules)[0].message).toBe(
        'Expected 2 <favouriteColour> elements but received 1',
      );
    },
  );

  it(
    'reports a namespace the expected element does not have ' + '(the specification case "unexpected xml namespace")',
    () => {
      expect(compare('<alligator/>', '<alligator xmlns="urn:alligators"/>')[0].message).toBe(
        "Expected element <alligator> in namespace '(none)' but received namespace 'urn:alligators'",
      );
    },
  );

  it('reports a different root element', () => {
    expect(compare('<a/>', '<b/>')[0].message).toBe('Expected element <a> but received <b>');
  });

  it('reports attribute differences with @ paths', () => {
    expect(compare('<a name="x"/>', '<a name="y"/>')).toEqual([
      { type: 'body', path: "$.a['@name']", expected: 'x', actual: 'y', message: "Expected 'x' but received 'y'" },
    ]);
  });

  it('reports text differences with #text paths and indexes', () => {
    expect(compare('<a><c>red</c><c>blue</c></a>', '<a><c>red</c><c>green</c></a>')[0].path).toBe("$.a.c[1]['#text']");
  });

  it('allows extra attributes and elements in responses but not in requests', () => {
    expect(compare('<a x="1"><b/></a>', '<a x="1" y="2"><b/><c/></a>')).toEqual([]);
    expect(compare('<a x="1"><b/></a>', '<a x="1" y="2"><b/><c/></a>', {}, false).map((m) => m.message)).toEqual([
      "Unexpected attribute 'y' on <a>",
      'Unexpected element <c> in <a>',
    ]);
  });

  it('reports missing elements', () => {
    expect(compare('<a><b/><b/></a>', '<a><b/></a>')[0].message).toBe('Expected 2 <b> elements but received 1');
  });

  it('applies rules on attributes and text, with or without indexes in the rule path', () => {
    expect(
      compare('<a id="1"><n>x</n></a>', '<a id="42"><n>yy</n></a>', {
        "$.a['@id']": regex('^\\d+$'),
        '$.a.n.#text': regex('^\\w+$'),
      }),
    ).toEqual([]);
    expect(
      compare('<a><n>x</n></a>', '<a><n>yy</n><n>zz</n></a>', { '$.a': type(), "$.a[*].n['#text']": regex('^\\w+$') }),
    ).toEqual([]);
    expect(compare('<a id="1"/>', '<a id="x"/>', { "$.a['@id']": regex('^\\d+$') })[0].rule).toBe('regex');
  });

  it('treats children of an element with a type rule as a list of the first example', () => {
    expect(
      compare('<p><person>A</person></p>', '<p><person>B</person><person>C</person></p>', { '$.p': type({ min: 1 }) }),
    ).toEqual([]);
    expect(
      compare('<p><person>A</person></p>', '<p><person>B</person><cat>C</cat></p>', { '$.p': type() })[0].message,
    ).toBe('Expected element <person> but received <cat>');
    expect(compare('<p><person>A</person></p>', '<p></p>', { '$.p': type({ min: 1 }) })[0].message).toBe(
      'Expected at least 1 item but received 0',
    );
  });

  it('compares namespaces by URI, not prefix', () => {
    expect(compare('<a:x xmlns:a="urn:1"/>', '<b:x xmlns:b="urn:1"/>')).toEqual([]);
    expect(compare('<a:x xmlns:a="urn:1"/>', '<a:x xmlns:a="urn:2"/>')[0].message).toBe(
      "Expected element <x> in namespace 'urn:1' but received namespace 'urn:2'",
    );
  });
});
