import { integer, regex, string } from '../matchers/matchers-v3';
import { XmlBuilder } from './xml-builder';
import { xmlFromTemplate } from './xml-template';

describe('xmlFromTemplate', () => {
  it('escapes text and attributes and repeats eachLike elements up to min', () => {
    const template = new XmlBuilder('1.0', 'UTF-8', 'a').build((el) => {
      el.setAttributes({ q: `it's <b>` });
      el.appendElement('t', {}, 'x & y');
      el.eachLike('i', { n: integer(1) }, (i) => i.appendText(string('v')), { min: 2 });
      el.appendElement('r', {}, regex(/\d+/, '7'));
    });
    expect(xmlFromTemplate(template)).toEqual({
      xml: "<?xml version='1.0'?><a q='it&apos;s &lt;b&gt;'><t>x &amp; y</t><i n='1'>v</i><i n='1'>v</i><r>7</r></a>",
      rules: {
        '$.a.i': { match: 'type', min: 2 },
        "$.a.i['@n']": { match: 'integer' },
        '$.a.i.#text': { match: 'type' },
        '$.a.r.#text': { match: 'regex', regex: '\\d+' },
      },
    });
  });

  it('leaves plain XML text and other JSON alone', () => {
    expect(xmlFromTemplate('<a>1</a>')).toBeUndefined();
    expect(xmlFromTemplate('{"root": 1}')).toBeUndefined();
    expect(xmlFromTemplate('{not json')).toBeUndefined();
  });
});
