import {css, noChange} from 'lit';
import {AsyncDirective, directive, type PartInfo, PartType} from 'lit/async-directive.js';
import type * as MarkdownDom from './markdown-dom.js';
import type {MarkdownOptions} from './markdown-dom.js';
import {sys} from './tokens.js';

type MarkdownModule = typeof MarkdownDom;
let loading: Promise<MarkdownModule> | undefined;
let loaded: MarkdownModule | undefined;

/** The renderer (and marked) is fetched the first time formatted text is shown, once. */
export function loadMarkdown(): Promise<MarkdownModule> {
  loading ??= import('./markdown-dom.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // tried again by the next render
      throw error;
    },
  );
  return loading;
}

class MarkdownDirective extends AsyncDirective {
  #key: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('markdown() goes in element content');
  }

  render(source: string, options?: MarkdownOptions): unknown {
    // The same text again: keep the nodes (a re-render must not rebuild a long description).
    const key = `${options?.headingLevel ?? ''}:${source}`;
    if (key === this.#key) return noChange;
    this.#key = key;
    if (loaded) return loaded.renderMarkdown(source, options);
    loadMarkdown().then(
      (module) => {
        if (this.#key === key && this.isConnected)
          this.setValue(module.renderMarkdown(source, options));
      },
      (error: unknown) => console.error('[Portico] Failed to load the Markdown renderer:', error),
    );
    // Until then the source itself, as plain text: readable, never a blank.
    return plainText(source);
  }
}

function plainText(source: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'markdown markdown-plain';
  div.textContent = source;
  return div;
}

/**
 * A member's or operator's Markdown, rendered without ever inserting their HTML.
 *
 * @example
 * html`<section>${markdown(event.description)}</section>` // with `markdownStyles` in styles
 */
export const markdown = directive(MarkdownDirective);

/** Formatted text in an element's shadow root: the theme's type scale, long words wrapped. */
export const markdownStyles = css`
  .markdown {
    line-height: ${sys('line-height-normal')};
  }
  .markdown-plain {
    white-space: pre-line;
  }
  .markdown > :first-child {
    margin-block-start: 0;
  }
  .markdown > :last-child {
    margin-block-end: 0;
  }
  .markdown :is(h3, h4, h5, h6) {
    font-size: ${sys('font-size-md')};
    font-weight: ${sys('font-weight-bold')};
    margin-block: ${sys('space-md')} ${sys('space-xs')};
  }
  .markdown :is(p, ul, ol, pre, blockquote) {
    margin-block: 0 ${sys('space-sm')};
  }
  .markdown :is(ul, ol) {
    padding-inline-start: ${sys('space-lg')};
  }
  .markdown code {
    font-size: 0.9em;
    font-family: ui-monospace, monospace;
  }
  .markdown pre {
    white-space: pre-wrap;
    padding: ${sys('space-sm')};
    border-radius: ${sys('radius-sm')};
    background: ${sys('color-surface-container')};
  }
  .markdown blockquote {
    margin-inline: 0;
    padding-inline-start: ${sys('space-sm')};
    border-inline-start: 3px solid ${sys('color-outline-variant')};
    color: ${sys('color-on-surface-variant')};
  }
  .markdown a {
    color: ${sys('color-primary')};
  }
`;
