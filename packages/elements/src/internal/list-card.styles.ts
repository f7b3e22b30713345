import {css, unsafeCSS, type CSSResult} from 'lit';
import {card, cardTokens} from './card.styles.js';
import {sys} from './tokens.js';
import {boxed, mutedText} from './card-parts.styles.js';
import {stackedList, wrap} from './layout.styles.js';
import {heading} from './text.styles.js';

const CARD = {muted: 'muted-color'} as const;

/** The component tokens of a {@link listCard}, sorted: the card's, and its secondary text. */
export const LIST_CARD_TOKENS = /* @__PURE__ */ cardTokens(CARD);

/**
 * A card that lists what a member has at the space (visitors, parcels, requests): the card
 * with its {@link LIST_CARD_TOKENS}, and the blocks `.<name>__stack` (a column), `__title`, `__subtitle`, `__hint`,
 * `__list` (no bullets), `__item` (a bordered entry), `__actions`, `__field-error`, plus
 * `.text` for people's words (a flex or grid item that may shrink: a 200-character name has
 * no space, and base.styles.ts wraps it anywhere) and the
 * skeleton's `--title` and `--card`.
 *
 * `unsafeCSS` is safe here: names are constants of this repository, never input.
 */
export function listCard(name: string): CSSResult {
  const block = (element = '') => unsafeCSS(`.${name}${element}`);
  return css`
    ${card(name, CARD)}

    ${block()} {
      display: grid;
      gap: ${sys('space-sm')};
      min-width: 0;
    }

    ${block('__stack')} {
      display: grid;
      gap: ${sys('space-sm')};
      min-width: 0;
    }

    ${block()}:focus {
      outline: none;
    }

    ${block('__title')} {
      ${heading('lg')}
    }

    ${block('__subtitle')} {
      ${heading('md')}
    }

    ${block('__hint')} {
      ${mutedText(name)}
      font-size: ${sys('font-size-sm')};
    }

    ${block('__list')} {
      ${stackedList}
      gap: ${sys('space-sm')};
    }

    ${block('__item')} {
      display: grid;
      gap: ${sys('space-xxs')};
      padding: ${sys('space-sm')};
      ${boxed(name)}
    }

    ${block('__item')} p {
      margin: 0;
    }

    ${block('__actions')} {
      ${wrap}
      gap: ${sys('space-xs')};
    }

    ${block('__field-error')} {
      margin: 0;
      color: ${sys('color-error')};
      font-size: ${sys('font-size-sm')};
    }

    .text {
      min-width: 0;
    }

    .skeleton--title {
      height: 1.5rem;
      width: 50%;
    }

    .skeleton--card {
      height: 6rem;
    }
  `;
}
