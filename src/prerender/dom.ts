/**
 * Just enough of the DOM for Preact's own render() to build a page in Node at build time, and an
 * HTML serializer for the result (src/prerender/start.tsx). Not a general DOM: elements, text,
 * attributes; listeners and styles are accepted and dropped (the prerendered page carries none).
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

export class FakeNode {
  parentNode: FakeElement | null = null;
  childNodes: FakeNode[] = [];
  constructor(readonly nodeType: number, readonly ownerDocument: FakeDocument) {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings ? (siblings[siblings.indexOf(this) + 1] ?? null) : null;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
}

export class FakeText extends FakeNode {
  constructor(
    public data: string,
    doc: FakeDocument,
  ) {
    super(3, doc);
  }
}

export class FakeElement extends FakeNode {
  readonly attrs = new Map<string, string>();
  readonly style = { cssText: '', setProperty: () => undefined };
  constructor(
    readonly localName: string,
    readonly namespaceURI: string,
    doc: FakeDocument,
  ) {
    super(1, doc);
  }
  get attributes() {
    return [...this.attrs].map(([name, value]) => ({ name, value }));
  }
  setAttribute(name: string, value: unknown): void {
    this.attrs.set(this.namespaceURI.endsWith('xhtml') ? name.toLowerCase() : name, String(value));
  }
  removeAttribute(name: string): void {
    this.attrs.delete(this.namespaceURI.endsWith('xhtml') ? name.toLowerCase() : name);
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  insertBefore<N extends FakeNode>(node: N, ref: FakeNode | null): N {
    node.parentNode?.removeChild(node);
    const at = ref ? this.childNodes.indexOf(ref) : -1;
    if (at < 0) this.childNodes.push(node);
    else this.childNodes.splice(at, 0, node);
    node.parentNode = this;
    return node;
  }
  appendChild<N extends FakeNode>(node: N): N {
    return this.insertBefore(node, null);
  }
  removeChild<N extends FakeNode>(node: N): N {
    const at = this.childNodes.indexOf(node);
    if (at >= 0) this.childNodes.splice(at, 1);
    node.parentNode = null;
    return node;
  }
  get textContent(): string {
    return this.childNodes.map((c) => (c instanceof FakeText ? c.data : (c as FakeElement).textContent)).join('');
  }
}

export class FakeDocument {
  title = '';
  readonly documentElement: FakeElement;
  constructor() {
    this.documentElement = new FakeElement('html', 'http://www.w3.org/1999/xhtml', this);
  }
  createElementNS(ns: string, name: string): FakeElement {
    return new FakeElement(name, ns, this);
  }
  createElement(name: string): FakeElement {
    return new FakeElement(name, 'http://www.w3.org/1999/xhtml', this);
  }
  createTextNode(data: string): FakeText {
    return new FakeText(String(data), this);
  }
  addEventListener(): void {}
}

/** The element's children as HTML: no whitespace added, so the browser parses back the same nodes. */
export function innerHtml(el: FakeElement): string {
  return el.childNodes
    .map((c) => {
      if (c instanceof FakeText) return escapeText(c.data);
      const e = c as FakeElement;
      const attrs = [...e.attrs].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      if (VOID.has(e.localName)) return `<${e.localName}${attrs}>`;
      return `<${e.localName}${attrs}>${innerHtml(e)}</${e.localName}>`;
    })
    .join('');
}
