/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {MARKDOWN_ATTRIBUTES, MARKDOWN_ELEMENTS, renderMarkdown} from './markdown-dom.js';
import {loadMarkdown, markdown} from './markdown.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PWN = 'window.__pwned=1';
/** Markdown an attacker could write in an event description, a post or a bio. */
const HOSTILE: Record<string, string> = {
  'img onerror': `<img src=x onerror="${PWN}">`,
  'script tag': `<script>${PWN}</script>`,
  'javascript: link': `[x](javascript:${PWN})`,
  'mixed-case javascript:': `[x](JaVaScRiPt:${PWN})`,
  'entity-encoded javascript:': `[x](java&#x73;cript:${PWN}) [y](&#106;avascript:${PWN})`,
  'angle-bracket destination': `[x](<javascript:${PWN}>)`,
  'javascript: autolink': `<javascript:${PWN}>`,
  'data: URL link': '[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)',
  'data: URL image': `![x](data:image/svg+xml,<svg onload="${PWN}">)`,
  'reference-style link': `[x][r]\n\n[r]: javascript:${PWN}`,
  'vbscript and file links': '[x](vbscript:msgbox) [y](file:///etc/passwd)',
  'HTML block': `<div onmouseover="${PWN}">\n\n**bold**\n\n</div>`,
  'raw anchor': `<a href="javascript:${PWN}">click</a>`,
  'HTML inside a link': `[<img src=x onerror="${PWN}">](https://example.com)`,
  'HTML inside emphasis': `**<svg onload="${PWN}">**`,
  'iframe srcdoc': `<iframe srcdoc="<script>${PWN}</script>"></iframe>`,
  'style block': '<style>*{display:none}</style>',
  'link title breaking out': `[x](https://example.com "t\\" onmouseover=\\"${PWN}")`,
  'encoded script': '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  'html comment': `<!-- --><img src=x onerror="${PWN}"><!-- -->`,
  'nested list with html': `- a\n  - <img src=x onerror="${PWN}">\n  - [z](javascript:${PWN})`,
};

/** Every element and attribute inside the rendered text is on the allowlist. */
function expectOnlyAllowed(root: Element) {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const tag = element.localName;
    expect(MARKDOWN_ELEMENTS.has(tag), `<${tag}> is allowed`).to.be.true;
    for (const {name} of element.attributes)
      expect(MARKDOWN_ATTRIBUTES[tag] ?? [], `${name} on <${tag}>`).to.include(name);
  }
  for (const a of root.querySelectorAll('a')) {
    expect(['http:', 'https:', 'mailto:']).to.include(new URL(a.href).protocol);
    expect(a.rel).to.equal('noopener noreferrer');
  }
}

/** One template, as an element's render() is: the directive lives on between renders. */
const view = (source: string) => html`<div>${markdown(source)}</div>`;

async function renderInPage(source: string): Promise<HTMLElement> {
  await loadMarkdown();
  const container = document.createElement('div');
  document.body.append(container);
  render(view(source), container);
  return container;
}

/** Long enough for an `onerror`/`onload` of a (wrongly) created element to have fired. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('markdown()', () => {
  afterEach(() => {
    delete window.__pwned;
    document.body.replaceChildren();
  });

  it('should show the source as plain text until the renderer has loaded, then the formatting', async () => {
    // The first test of the file: nothing has loaded the renderer yet.
    const container = document.createElement('div');
    document.body.append(container);
    render(view('**Hello** _plain_ text'), container);
    const first = container.querySelector('.markdown')!;
    expect(first.classList.contains('markdown-plain')).to.be.true;
    expect(first.textContent).to.equal('**Hello** _plain_ text');
    expect(first.querySelector('strong')).to.be.null;
    await loadMarkdown();
    await settle();
    expect(container.querySelector('.markdown strong')!.textContent).to.equal('Hello');
  });

  it('should render headings, emphasis, lists, paragraphs, links and code', async () => {
    const container = await renderInPage(
      '# Programme\n\nJoin us for *tea* and **cake**, ~~maybe~~ `npm ci`.\n\n' +
        '- one\n- two\n\n3. three\n4. four\n\n```\nconst a = 1 < 2;\n```\n\n' +
        '> quoted\n\n[Site](https://example.com/a?b=1&amp;c=2) <mailto:hi@example.com> www.example.org',
    );
    const root = container.querySelector('.markdown')!;
    expect(root.querySelector('h3')!.textContent).to.equal('Programme');
    expect(root.querySelector('em')!.textContent).to.equal('tea');
    expect(root.querySelector('strong')!.textContent).to.equal('cake');
    expect(root.querySelector('del')!.textContent).to.equal('maybe');
    expect(root.querySelector('p code')!.textContent).to.equal('npm ci');
    expect([...root.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal([
      'one',
      'two',
    ]);
    expect(root.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(root.querySelector('pre code')!.textContent).to.equal('const a = 1 < 2;');
    expect(root.querySelector('blockquote')!.textContent!.trim()).to.equal('quoted');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => [a.href, a.textContent, a.target])).to.deep.equal([
      ['https://example.com/a?b=1&c=2', 'Site', '_blank'],
      ['mailto:hi@example.com', 'mailto:hi@example.com', ''],
      ['http://www.example.org/', 'www.example.org', '_blank'],
    ]);
    expectOnlyAllowed(root);
  });

  it('should place headings under the level the element asks for', () => {
    const root = renderMarkdown('# a\n## b\n###### c', {headingLevel: 4});
    expect([...root.children].map((el) => el.localName)).to.deep.equal(['h4', 'h5', 'h6']);
  });

  it('should decode entities once and show raw HTML as the text it is', async () => {
    const container = await renderInPage('Tom &amp; Jerry &copy; &#65; &lt;b&gt; <b>bold</b>');
    expect(container.textContent!.trim()).to.equal('Tom & Jerry © A <b> <b>bold</b>');
    expect(container.querySelector('b')).to.be.null;
  });

  for (const [name, source] of Object.entries(HOSTILE)) {
    it(`should run no script and create nothing off the allowlist: ${name}`, async () => {
      const container = await renderInPage(source);
      await settle();
      expect(window.__pwned).to.equal(undefined);
      expectOnlyAllowed(container.querySelector('.markdown')!);
      expect(container.querySelector('a[href^="javascript" i], a[href^="data" i]')).to.be.null;
    });
  }

  it('should keep the words of an HTML block and of a refused link visible', async () => {
    const container = await renderInPage(
      `${HOSTILE['HTML block']}\n\n${HOSTILE['javascript: link']}`,
    );
    expect(container.textContent).to.contain(`<div onmouseover="${PWN}">`);
    expect(container.textContent).to.contain('bold');
    expect(container.querySelector('a')).to.be.null;
  });

  it('should keep the same nodes when rendered again with the same text', async () => {
    const container = await renderInPage('Some *text*');
    const before = container.querySelector('.markdown');
    render(view('Some *text*'), container);
    expect(container.querySelector('.markdown')).to.equal(before);
    render(view('Other *text*'), container);
    expect(container.querySelector('.markdown')!.textContent).to.equal('Other text');
  });

  it('should build its nodes in a page that enforces Trusted Types', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy"
      content="require-trusted-types-for 'script'; trusted-types lit-html">`;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await ready;
    const doc = frame.contentDocument!;
    // The frame does enforce it: an HTML string into innerHTML throws there.
    expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw(
      /requires 'TrustedHTML'/,
    );
    const root = renderMarkdown(
      `# Title\n\n*a* [b](https://example.com) ${HOSTILE['img onerror']}`,
      {
        document: doc,
      },
    );
    doc.body.append(root);
    await settle();
    expect(root.querySelector('em')!.textContent).to.equal('a');
    expect(root.querySelector('a')!.href).to.equal('https://example.com/');
    expect(window.__pwned).to.equal(undefined);
    expectOnlyAllowed(root);
  });
});
