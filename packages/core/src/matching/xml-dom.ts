/**
 * A small XML parser (pure TypeScript, no DOM): elements, attributes, text, CDATA; comments and declarations skipped.
 */

/** An element: its local name, namespace, attributes (by local name), child elements and text. */
export interface XmlElement {
  name: string;
  /** The namespace URI the element's prefix (or the default namespace) resolves to. */
  namespace?: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), trimmed; '' when it has none. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, code: string) => {
    if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? m;
  });
}

/**
 * Parse an XML document into its root element.
 * @throws Error (plain, with the position) when the text is not well-formed XML.
 */
export function parseXml(text: string): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (stack.length > 0) stack[stack.length - 1].raw.push(decode(chunk));
    else if (chunk.trim() !== '') throw new Error(`text outside the root element at position ${i}`);
    if (lt < 0) break;
    i = readMarkup(text, lt, stack, (el) => (root = el));
  }
  if (stack.length > 0) throw new Error(`element <${stack[stack.length - 1].name}> is not closed`);
  if (root === undefined) throw new Error('no root element');
  return root;
}

type Open = XmlElement & { raw: string[]; qname: string; scope: Record<string, string> };

function readMarkup(text: string, lt: number, stack: Open[], setRoot: (el: XmlElement) => void): number {
  if (text.startsWith('<!--', lt)) return after(text, '-->', lt);
  if (text.startsWith('<![CDATA[', lt)) {
    const end = text.indexOf(']]>', lt);
    if (end < 0) throw new Error(`unclosed CDATA at position ${lt}`);
    stack[stack.length - 1]?.raw.push(text.slice(lt + 9, end));
    return end + 3;
  }
  if (text.startsWith('<?', lt)) return after(text, '?>', lt);
  if (text.startsWith('<!', lt)) return after(text, '>', lt);
  const gt = findTagEnd(text, lt);
  const tag = text.slice(lt + 1, gt);
  if (tag.startsWith('/')) {
    const open = stack.pop();
    if (open === undefined || open.qname !== tag.slice(1).trim())
      throw new Error(`unexpected closing tag </${tag.slice(1).trim()}> at position ${lt}`);
    finish(open, stack, setRoot);
    return gt + 1;
  }
  const selfClosing = tag.endsWith('/');
  const element = openElement(selfClosing ? tag.slice(0, -1) : tag, lt, stack[stack.length - 1]?.scope ?? {});
  if (selfClosing) finish(element, stack, setRoot);
  else stack.push(element);
  return gt + 1;
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  if (at < 0) throw new Error(`unclosed markup at position ${from}`);
  return at + end.length;
}

function findTagEnd(text: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  throw new Error(`unclosed tag at position ${lt}`);
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

// Namespace declarations are scoped: each element sees its parent's prefixes plus its own.
function openElement(tag: string, at: number, parentScope: Record<string, string>): Open {
  const match = /^([^\s/>]+)/.exec(tag.trim());
  if (match === null) throw new Error(`tag without a name at position ${at}`);
  const scope = { ...parentScope };
  const raw: Array<[string, string]> = [];
  const attr = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const rest = tag.trim().slice(match[1].length);
  for (let m = attr.exec(rest); m !== null; m = attr.exec(rest)) {
    const value = decode(m[3] ?? m[4] ?? '');
    if (m[1] === 'xmlns') scope[''] = value;
    else if (m[1].startsWith('xmlns:')) scope[m[1].slice(6)] = value;
    else raw.push([m[1], value]);
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of raw) attributes[localName(name)] = value;
  const qname = match[1];
  const colon = qname.indexOf(':');
  const namespace = scope[colon < 0 ? '' : qname.slice(0, colon)];
  const element: Open = { name: localName(qname), attributes, children: [], text: '', raw: [], qname, scope };
  if (namespace !== undefined) element.namespace = namespace;
  return element;
}

function finish(element: Open, stack: Open[], setRoot: (el: XmlElement) => void): void {
  const done: XmlElement = {
    name: element.name,
    attributes: element.attributes,
    children: element.children,
    text: element.raw.join('').trim(),
  };
  if (element.namespace !== undefined) done.namespace = element.namespace;
  const parent = stack[stack.length - 1];
  if (parent === undefined) setRoot(done);
  else parent.children.push(done);
}
