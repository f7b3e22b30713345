import {Lexer, type Token, type Tokens} from 'marked';

/**
 * Markdown that a member or an operator wrote (an event's description, a post, a bio), turned
 * into DOM nodes built one by one from marked's tokens: no HTML string is ever parsed, so no
 * sanitizer is needed and nothing here is a Trusted Types sink. Only the elements and
 * attributes below can exist; raw HTML in the source, images and anything unknown show as text.
 * Loaded lazily by `markdown.ts` (marked is ~16 KB gzip).
 */
export interface MarkdownOptions {
  /** The level a `#` heading takes in the host's outline (default 3: under the element's h2). */
  headingLevel?: number;
  /** Where the nodes are created (a test renders into a Trusted-Types-enforcing frame). */
  document?: Document;
}

/** Every element the renderer may create, and the only attributes it ever sets. */
export const MARKDOWN_ELEMENTS = new Set([
  'div',
  'p',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'hr',
  'br',
]);
export const MARKDOWN_ATTRIBUTES: Record<string, readonly string[]> = {
  div: ['class'],
  ol: ['start'],
  a: ['href', 'rel', 'target'],
};

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Named references marked leaves in text; numeric ones it decodes itself (not in links). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  euro: '€',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : +ref.slice(1);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The link's URL when it is absolute http(s) or mailto, otherwise undefined (shown as text). */
export function safeHref(href: string): string | undefined {
  try {
    const url = new URL(decodeEntities(href));
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined; // relative or malformed: no base to trust
  }
}

class Builder {
  constructor(
    private readonly doc: Document,
    private readonly headingLevel: number,
  ) {}

  el<K extends keyof HTMLElementTagNameMap>(tag: K, children?: Node[]): HTMLElementTagNameMap[K] {
    const element = this.doc.createElement(tag);
    if (children) element.append(...children);
    return element;
  }

  text(text: string): Text {
    return this.doc.createTextNode(decodeEntities(text));
  }

  blocks(tokens: Token[]): Node[] {
    return tokens.flatMap((token) => this.block(token));
  }

  block(token: Token): Node[] {
    switch (token.type) {
      case 'paragraph':
        return [this.el('p', this.inline((token as Tokens.Paragraph).tokens))];
      case 'heading': {
        const {depth, tokens} = token as Tokens.Heading;
        const level = Math.min(6, Math.max(3, this.headingLevel + depth - 1));
        return [this.el(`h${level}` as 'h3', this.inline(tokens))];
      }
      case 'list':
        return [this.list(token as Tokens.List)];
      case 'code':
        return [this.el('pre', [this.el('code', [this.doc.createTextNode(token.text)])])];
      case 'blockquote':
        return [this.el('blockquote', this.blocks((token as Tokens.Blockquote).tokens))];
      case 'hr':
        return [this.el('hr')];
      case 'space':
      case 'def':
        return [];
      case 'text':
        // A tight list item's text: inline tokens, no paragraph.
        return token.tokens ? this.inline(token.tokens) : [this.text(token.text)];
      default:
        // html blocks, tables and anything marked adds later: the source, as text.
        return [this.el('p', [this.doc.createTextNode(token.raw.trim())])];
    }
  }

  list({ordered, start, items}: Tokens.List): HTMLElement {
    const list = this.el(ordered ? 'ol' : 'ul');
    if (ordered && typeof start === 'number' && start !== 1) list.setAttribute('start', `${start}`);
    for (const item of items) list.append(this.el('li', this.blocks(item.tokens)));
    return list;
  }

  inline(tokens: Token[] = []): Node[] {
    return tokens.flatMap((token): Node | Node[] => {
      switch (token.type) {
        case 'strong':
        case 'em':
        case 'del':
          return this.el(token.type, this.inline(token.tokens));
        case 'codespan':
          return this.el('code', [this.doc.createTextNode(token.text)]);
        case 'br':
          return this.el('br');
        case 'link':
          return this.link(token as Tokens.Link);
        case 'image':
          // Images from member text are not shown (tracking pixels, layout): their alt text.
          return this.text(token.text);
        case 'text':
          return token.tokens ? this.inline(token.tokens) : this.text(token.text);
        case 'escape':
          return this.doc.createTextNode(token.text);
        default:
          // Inline HTML (`<img onerror>`, `<b>`) and unknown tokens: their source, as text.
          return this.doc.createTextNode(token.raw);
      }
    });
  }

  link({href, tokens}: Tokens.Link): Node | Node[] {
    const children = this.inline(tokens);
    const url = safeHref(href);
    if (!url) return children; // the link's text, without the link
    const a = this.el('a', children);
    a.href = url;
    a.rel = 'noopener noreferrer';
    // Web links leave the host page for another site: a new tab, so the portal stays open.
    if (!url.startsWith('mailto:')) a.target = '_blank';
    return a;
  }
}

/** The Markdown source as a `<div class="markdown">` of allowed elements only. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): HTMLDivElement {
  const builder = new Builder(options.document ?? document, options.headingLevel ?? 3);
  const root = builder.el('div', builder.blocks(Lexer.lex(source, {gfm: true})));
  root.className = 'markdown';
  return root;
}
