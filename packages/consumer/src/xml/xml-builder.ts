import { isMatcher } from '../matchers/reify';
import type { Matcher } from '../matchers/matcher-types';

/** A node of an XML template (pact-js's `XmlNode`). */
export class XmlNode {}

/** A text node of an XML template; `matcher` is kept for the matching rules. */
export class XmlText extends XmlNode {
  /** Create a text node with its example content and optional matcher. */
  constructor(
    public content: string,
    public matcher?: Matcher<unknown>,
  ) {
    super();
  }
}

/** Text or matcher content of an element. */
export type XmlTextContent = string | number | boolean | Matcher<unknown>;

/** Attributes of an element (values may be matchers). */
export type XmlAttributes = Record<string, string | number | boolean | Matcher<unknown>>;

/** Callback that fills in a new element. */
export type XmlCallback = (element: XmlElement) => void;

/** An element of an XML template, built like pact-js's `XmlElement`. */
export class XmlElement extends XmlNode {
  children: unknown[] = [];
  attributes?: XmlAttributes;

  /** Create an element with the given name. */
  constructor(public name: string) {
    super();
  }

  /** Rename the element. */
  setName(name: string): this {
    this.name = name;
    return this;
  }

  /** Replace the element's attributes (values may be matchers). */
  setAttributes(attributes: XmlAttributes): this {
    this.attributes = attributes;
    return this;
  }

  /** Append a child element filled by a callback or holding text (which may be a matcher). */
  appendElement(name: string, attributes: XmlAttributes, arg?: XmlCallback | XmlTextContent): this {
    const element = new XmlElement(name).setAttributes(attributes);
    if (typeof arg === 'function') arg(element);
    else if (arg !== undefined && arg !== '') element.appendText(arg);
    this.children.push(element);
    return this;
  }

  /** Append text content (a literal or a matcher). */
  appendText(content: XmlTextContent): this {
    if (isMatcher(content)) {
      const example = (content as { value?: unknown }).value;
      this.children.push(new XmlText(typeof example === 'string' ? example : '', content));
    } else this.children.push(new XmlText(String(content)));
    return this;
  }

  /** Append an element that repeats: matched by type, `examples` copies in the example body. */
  eachLike(
    name: string,
    attributes: XmlAttributes,
    cb?: XmlCallback,
    options: { examples?: number; min?: number; max?: number } = { examples: 1 },
  ): this {
    const element = new XmlElement(name).setAttributes(attributes);
    cb?.(element);
    this.children.push({ 'pact:matcher:type': 'type', value: element, ...options });
    return this;
  }
}

/** Builds an XML body template with matchers inside (pact-js's `XmlBuilder`). */
export class XmlBuilder {
  root: XmlElement;

  /** Start a document with the given root element (version and charset as in pact-js). */
  constructor(_version: string, _charset: string, rootElement: string) {
    this.root = new XmlElement(rootElement);
  }

  /** Fill in the root element and return the template as a string to pass as an XML body. */
  build(callback: XmlCallback): string {
    callback(this.root);
    return JSON.stringify(this);
  }
}
