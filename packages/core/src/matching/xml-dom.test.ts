import { parseXml } from './xml-dom';

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and entities', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1" y=\'&lt;2&gt;\'><b>hi &amp; bye</b><c><![CDATA[<raw>]]></c><d/></a>',
    );
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '1', y: '<2>' },
      text: '',
      children: [
        { name: 'b', attributes: {}, children: [], text: 'hi & bye' },
        { name: 'c', attributes: {}, children: [], text: '<raw>' },
        { name: 'd', attributes: {}, children: [], text: '' },
      ],
    });
  });

  it('resolves namespaces and keeps attributes by local name', () => {
    const root = parseXml('<a:x xmlns:a="urn:a" xmlns="urn:d" a:id="1"><y/></a:x>');
    expect(root.name).toBe('x');
    expect(root.namespace).toBe('urn:a');
    expect(root.attributes).toEqual({ id: '1' });
    expect(root.children[0].namespace).toBe('urn:d');
  });

  it.each([
    ['<a><b></a>', /unexpected closing tag/],
    ['<a>', /is not closed/],
    ['text', /text outside the root element/],
    ['', /no root element/],
  ])('rejects %s', (text, error) => {
    expect(() => parseXml(text)).toThrow(error);
  });
});
