import { viewBody } from './body-content';
import { compareBodies } from './compare-body';
import { parseMultipart } from './compare-multipart';

const multipart = (parts: Array<[string, string, string]>) =>
  [
    ...parts.flatMap(([name, type, content]) => [
      '--XyZ',
      `Content-Disposition: form-data; name="${name}"`,
      `Content-Type: ${type}`,
      '',
      content,
    ]),
    '--XyZ--',
    '',
  ].join('\r\n');

const type = 'multipart/form-data; boundary=XyZ';

describe('multipart bodies', () => {
  it('splits parts by boundary', () => {
    expect(
      parseMultipart(
        multipart([
          ['a', 'text/plain', 'hello'],
          ['b', 'application/json', '{"x":1}'],
        ]),
        type,
      ),
    ).toEqual([
      { name: 'a', contentType: 'text/plain', content: 'hello' },
      { name: 'b', contentType: 'application/json', content: '{"x":1}' },
    ]);
  });

  it(
    'decodes a part sent with Content-Transfer-Encoding: base64 and reports its decoded size, ' +
      'as pact-reference does',
    () => {
      const part = (b64: string) =>
        [
          '--XyZ',
          'Content-Type: application/octet-stream',
          'Content-Transfer-Encoding: base64',
          '',
          b64,
          '--XyZ--',
          '',
        ].join('\r\n');
      const body = (b64: string) =>
        viewBody({ content: part(b64), contentType: 'multipart/mixed; boundary=XyZ' }, undefined);
      expect(parseMultipart(part('aGVsbG8='), 'multipart/mixed; boundary=XyZ')[0].content).toBe('hello');
      expect(
        compareBodies(body('aGVsbG8='), body('aGVsbG8='), { rules: undefined, allowUnexpectedKeys: false }),
      ).toEqual([]);
      const [mismatch] = compareBodies(body('aGVsbG8='), body('aGVsbG8gd29ybGQ='), {
        rules: undefined,
        allowUnexpectedKeys: false,
      });
      expect(mismatch.message).toContain('5 bytes');
      expect(mismatch.message).toContain('11 bytes');
    },
  );

  it('matches parts by name, each by its own content type', () => {
    const expected = viewBody(
      {
        content: multipart([
          ['a', 'text/plain', 'hello'],
          ['b', 'application/json', '{"x":1}'],
        ]),
        contentType: type,
      },
      undefined,
    );
    const same = viewBody(
      {
        content: multipart([
          ['b', 'application/json', '{ "x": 1 }'],
          ['a', 'text/plain', 'hello'],
        ]),
        contentType: type,
      },
      undefined,
    );
    const other = viewBody(
      { content: multipart([['b', 'application/json', '{"x":2}']]), contentType: type },
      undefined,
    );
    expect(compareBodies(expected, same, { rules: undefined, allowUnexpectedKeys: true })).toEqual([]);
    expect(
      compareBodies(expected, other, { rules: undefined, allowUnexpectedKeys: true }).map((m) => [m.path, m.message]),
    ).toEqual([
      ['$.a', "Expected multipart part 'a' but it was missing"],
      ['$.b.x', 'Expected 1 but received 2'],
    ]);
  });

  it('accepts any content of the type a contentType rule on the part names', () => {
    const rules = { '$.photo': { matchers: [{ match: 'contentType', value: 'image/png' }] } };
    const expected = viewBody(
      { content: multipart([['photo', 'image/png', 'example-bytes']]), contentType: type },
      undefined,
    );
    const otherPng = viewBody(
      { content: multipart([['photo', 'image/png', 'other-bytes']]), contentType: type },
      undefined,
    );
    const jpeg = viewBody(
      { content: multipart([['photo', 'image/jpeg', 'example-bytes']]), contentType: type },
      undefined,
    );
    expect(compareBodies(expected, otherPng, { rules, allowUnexpectedKeys: false })).toEqual([]);
    expect(
      compareBodies(expected, jpeg, { rules, allowUnexpectedKeys: false }).map((m) => [m.path, m.rule, m.message]),
    ).toEqual([
      ['$.photo', 'contentType', "Expected multipart part 'photo' of type 'image/png' but received 'image/jpeg'"],
    ]);
    expect(compareBodies(expected, otherPng, { rules: undefined, allowUnexpectedKeys: false })).not.toEqual([]);
  });

  it('compares a base64 example read from a file with a request read as text, byte for byte (UTF-8 text parts)', () => {
    const text = multipart([['notes', 'text/markdown', '⚡ Lightning fast – café']]);
    const fromFile = viewBody(
      { content: Buffer.from(text, 'utf8').toString('base64'), contentType: type, encoded: 'base64' },
      undefined,
    );
    const asText = viewBody({ content: text, contentType: type }, undefined);
    expect(compareBodies(fromFile, asText, { rules: undefined, allowUnexpectedKeys: true })).toEqual([]);
    const changed = viewBody(
      { content: multipart([['notes', 'text/markdown', '⚡ Lightning slow']]), contentType: type },
      undefined,
    );
    expect(compareBodies(fromFile, changed, { rules: undefined, allowUnexpectedKeys: true })[0].message).toContain(
      "'⚡ Lightning fast – café'",
    );
  });
});
