import { viewBody } from './body-content';
import { compareBodies } from './compare-body';
import { parseMultipart } from './compare-multipart';

const multipart = (parts: Array<[string, string, string]>) => [
  ...parts.flatMap(([name, type, content]) => ['--XyZ', `Content-Disposition: form-data; name="${name}"`, `Content-Type: ${type}`, '', content]),
  '--XyZ--', '',
].join('\r\n');

const type = 'multipart/form-data; boundary=XyZ';

describe('multipart bodies', () => {
  it('splits parts by boundary', () => {
    expect(parseMultipart(multipart([['a', 'text/plain', 'hello'], ['b', 'application/json', '{"x":1}']]), type)).toEqual([
      { name: 'a', contentType: 'text/plain', content: 'hello' },
      { name: 'b', contentType: 'application/json', content: '{"x":1}' },
    ]);
  });

  it('matches parts by name, each by its own content type', () => {
    const expected = viewBody({ content: multipart([['a', 'text/plain', 'hello'], ['b', 'application/json', '{"x":1}']]), contentType: type }, undefined);
    const same = viewBody({ content: multipart([['b', 'application/json', '{ "x": 1 }'], ['a', 'text/plain', 'hello']]), contentType: type }, undefined);
    const other = viewBody({ content: multipart([['b', 'application/json', '{"x":2}']]), contentType: type }, undefined);
    expect(compareBodies(expected, same, { rules: undefined, allowUnexpectedKeys: true })).toEqual([]);
    expect(compareBodies(expected, other, { rules: undefined, allowUnexpectedKeys: true }).map((m) => [m.path, m.message])).toEqual([
      ['$.a', "Expected multipart part 'a' but it was missing"],
      ['$.b.x', 'Expected 1 but received 2'],
    ]);
  });
});
