import { viewBody } from './body-content';
import { compareBodies } from './compare-body';
import type { Body, RuleList } from '../model';

function compare(
  expected: Body | undefined,
  actual: Body | undefined,
  rules?: Record<string, RuleList>,
  allowUnexpectedKeys = true,
) {
  return compareBodies(viewBody(expected, undefined), viewBody(actual, undefined), { rules, allowUnexpectedKeys });
}

const text = (content: string, contentType = 'text/plain'): Body => ({ content, contentType });

describe('compareBodies', () => {
  it('treats an absent expected body as anything', () => {
    expect(compare(undefined, { content: { a: 1 } })).toEqual([]);
  });

  it('wants nothing when the expected body is null or empty', () => {
    expect(compare({ content: null }, undefined)).toEqual([]);
    expect(compare({ content: '' }, { content: '' })).toEqual([]);
    expect(compare({ content: null }, { content: { a: 1 } })[0].message).toBe(
      'Expected a null body but received {"a":1}',
    );
    expect(compare({ content: '' }, text('x'))[0].message).toBe("Expected an empty body but received 'x'");
  });

  it('reports a missing body', () => {
    expect(compare({ content: { a: 1 } }, undefined)[0].message).toBe('Expected a body but received none');
    expect(compare({ content: { a: 1 } }, { content: '', contentType: 'image/jpeg' })[0].message).toBe(
      'Expected a body but received an empty one (0 bytes)',
    );
  });

  it('reports a content-type clash as bodyType', () => {
    expect(compare({ content: { a: 1 }, contentType: 'application/json' }, text('a'))).toEqual([
      {
        type: 'bodyType',
        path: '$',
        expected: 'application/json',
        actual: 'text/plain',
        message: "Expected a body of type 'application/json' but received 'text/plain'",
      },
    ]);
  });

  it('parses JSON text from transports', () => {
    expect(
      compare({ content: { a: 1 }, contentType: 'application/json' }, text('{"a":1}', 'application/json')),
    ).toEqual([]);
  });

  it('compares plain text by equality or by rules on $', () => {
    expect(compare(text('abc'), text('abd'))[0].message).toBe("Expected body 'abc' but received 'abd'");
    expect(compare(text('abc'), text('abd'), { $: { matchers: [{ match: 'regex', regex: '^ab.$' }] } })).toEqual([]);
  });

  it('compares form bodies like queries, with rules by field', () => {
    const form = (content: string): Body => ({ content, contentType: 'application/x-www-form-urlencoded' });
    expect(compare(form('a=1&b=x'), form('b=x&a=1'), undefined, false)).toEqual([]);
    expect(compare(form('a=1'), form('a=1&c=2'), undefined, false)[0].message).toBe("Unexpected form field 'c'");
    expect(compare(form('a=1'), form('a=77'), { '$.a': { matchers: [{ match: 'integer' }] } })).toEqual([]);
  });

  it('compares XML bodies and reports unparseable XML', () => {
    const xml = (content: string): Body => ({ content, contentType: 'application/xml' });
    expect(compare(xml('<a>1</a>'), xml('<a>1</a>'))).toEqual([]);
    expect(compare(xml('<a>1</a>'), xml('<a>1'))[0].message).toBe(
      'Failed to parse the actual body as XML: element <a> is not closed',
    );
  });

  it('decides by a contentType rule on the body alone', () => {
    const png: Body = { content: 'iVBORw0KGgoAAAANSUhEUg==', contentType: 'image/png', encoded: 'base64' };
    const rules = { $: { matchers: [{ match: 'contentType', value: 'image/png' }] } };
    expect(compare(png, { ...png, content: 'iVBORw0KGgoAAAAAAAAAAA==' }, rules)).toEqual([]);
    expect(compare(png, { content: 'x', contentType: 'image/jpeg' }, rules)[0].rule).toBe('contentType');
  });

  it('recognises the content type of binary bytes by their magic numbers, whatever type was declared', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
    const rules = { $: { matchers: [{ match: 'contentType', value: 'image/jpeg' }] } };
    const expected: Body = { content: jpeg, contentType: 'image/jpeg', encoded: 'base64' };
    expect(
      compare(expected, { content: jpeg, contentType: 'application/octet-stream', encoded: 'base64' }, rules),
    ).toEqual([]);
    const gif = Buffer.from('GIF89a...').toString('base64');
    expect(
      compare(expected, { content: gif, contentType: 'application/octet-stream', encoded: 'base64' }, rules)[0],
    ).toMatchObject({
      rule: 'contentType',
      message:
        "Expected content of type 'image/jpeg' but received 'application/octet-stream' (its contents are 'image/gif')",
    });
  });

  it('matches a multipart body part by part, whatever contentType rule its root has (as pact-reference)', () => {
    const part = (boundary: string) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\nContent-Type: ` +
          `text/plain\r\n\r\nhi\r\n--${boundary}--\r\n`,
      ).toString('base64');
    const multipart = (boundary: string): Body => ({
      content: part(boundary),
      contentType: `multipart/form-data; boundary=${boundary}`,
      encoded: 'base64',
    });
    const rules = { $: { matchers: [{ match: 'contentType', value: 'multipart/form-data; boundary=one' }] } };
    expect(compare(multipart('one'), multipart('two'), rules)).toEqual([]);
  });

  it('compares binary bodies byte for byte', () => {
    const bin = (content: string): Body => ({ content, contentType: 'application/octet-stream', encoded: 'base64' });
    expect(compare(bin('AAEC'), bin('AAEC'))).toEqual([]);
    expect(compare(bin('AAEC'), bin('AAED'))).toHaveLength(1);
  });

  it(
    'describes differing binary bodies by content type, ' + 'length and a hex prefix rather than printing the bytes',
    () => {
      const bin = (bytes: number[]): Body => ({
        content: Buffer.from(bytes).toString('base64'),
        contentType: 'application/octet-stream',
        encoded: 'base64',
      });
      const [mismatch] = compare(bin([0, 1, 2, 255]), bin([0, 1, 2, 254, 7]));
      expect(mismatch.message).toBe(
        'Expected a body of application/octet-stream, 4 bytes, starting 00 01 02 ff but received ' +
          'application/octet-stream, 5 bytes, starting 00 01 02 fe 07',
      );
      const long = compare(bin(Array.from({ length: 20 }, (_, i) => i)), bin([9]))[0];
      expect(long.expected).toBe(
        'application/octet-stream, 20 bytes, starting 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f …',
      );
    },
  );
});
