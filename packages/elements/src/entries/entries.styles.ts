import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-entries>` reads, sorted. Each is set on `:host` from a
 * system token and can be overridden by the page.
 */
export const ENTRIES_TOKENS = /* @__PURE__ */ cardTokens(CARD, 'remaining-color');

export default css`
  ${card('entries', CARD)}

  :host {
    --portico-entries-remaining-color: ${sys('color-primary')};
  }

  .entries {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .entries:focus {
    outline: none;
  }

  .entries__title {
    ${heading('lg')}
  }

  .entries__remaining {
    margin: 0;
    color: var(--portico-entries-remaining-color);
    font-family: ${sys('font-family-numeric')};
    font-size: ${sys('font-size-lg')};
    font-weight: ${sys('font-weight-bold')};
  }

  .entries__hint,
  .entries__history-list {
    ${mutedText('entries')}
    font-size: ${sys('font-size-sm')};
  }

  .entries__history-title {
    ${heading('md')}
  }

  .entries__history-list {
    display: grid;
    gap: ${sys('space-xxs')};
    padding-left: ${sys('space-md')};
  }

  .entries__benefits {
    margin: 0;
    padding-left: ${sys('space-md')};
  }

  .skeleton--big {
    height: 2rem;
    width: 60%;
  }
`;
