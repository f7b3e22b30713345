import type {SysToken} from '@portico/themes';
import {css, unsafeCSS, type CSSResult} from 'lit';
import {stackedList} from '../../internal/layout.styles.js';
import {heading} from '../../internal/text.styles.js';
import {sys} from '../../internal/tokens.js';

/**
 * A dashboard tile (the front desk, the next bookings): the frame `.<block>`, a column `gap`
 * apart, drawn in system tokens like a card (the portal's pages have no component tokens: the
 * theme restyles them), its `__title`, the `__list` of its lines and `__link`s in the text's
 * colour. `unsafeCSS` is safe here: names are constants of this repository, never input.
 */
export function tile(block: string, gap: SysToken): CSSResult {
  const part = (element = '') => unsafeCSS(`.${block}${element}`);
  return css`
    ${part()} {
      display: grid;
      gap: ${sys(gap)};
      padding: ${sys('space-lg')};
      color: ${sys('color-on-surface')};
      background: ${sys('color-surface')};
      border: 1px solid ${sys('color-outline-variant')};
      border-radius: ${sys('radius-lg')};
    }

    ${part('__title')} {
      ${heading('lg')}
    }

    ${part('__list')} {
      ${stackedList}
      gap: ${sys('space-xs')};
    }

    ${part('__link')} {
      color: inherit;
      font-weight: ${sys('font-weight-bold')};
    }
  `;
}
