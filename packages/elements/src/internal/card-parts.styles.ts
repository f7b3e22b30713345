import {css, unsafeCSS, type CSSResult} from 'lit';
import {sys} from './tokens.js';

// Declaration groups that read an element's card tokens (card.styles.ts), for a rule to include
// (`.x { ${boxed('events')} padding: … }`), like the layouts of layout.styles.ts. Each element
// file carries its own copy (rollup.config.mjs `COPIED`). `unsafeCSS` is safe here: names are
// constants of this repository, never input.

/** A box inside the card (an item, a panel): the card's border colour and the smaller radius. */
export function boxed(name: string): CSSResult {
  return css`
    border: 1px solid var(${unsafeCSS(`--portico-${name}-border-color`)});
    border-radius: ${sys('radius-md')};
  `;
}

/** Secondary text (a hint, an empty list, a byline): no margin, the card's muted colour. */
export function mutedText(name: string): CSSResult {
  return css`
    margin: 0;
    color: var(${unsafeCSS(`--portico-${name}-muted-color`)});
  `;
}

/** The unread marker: a dot `size` wide in the element's `unread-color` token. */
export function unreadDot(name: string, size: `${number}rem`): CSSResult {
  return css`
    width: ${unsafeCSS(size)};
    height: ${unsafeCSS(size)};
    border-radius: 50%;
    background: var(${unsafeCSS(`--portico-${name}-unread-color`)});
  `;
}
