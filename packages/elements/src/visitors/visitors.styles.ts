import {css} from 'lit';
import {LIST_CARD_TOKENS, listCard} from '../internal/list-card.styles.js';
import {sys} from '../internal/tokens.js';
import {columns} from '../internal/layout.styles.js';

/** The component tokens `<portico-visitors>` reads, sorted. */
export const VISITORS_TOKENS = LIST_CARD_TOKENS;

export default css`
  ${listCard('visitors')}

  .visitors__grid {
    ${columns('12rem')}
    gap: ${sys('space-sm')};
  }

  .visitors__note {
    min-height: 4rem;
    padding-block: ${sys('space-xs')};
    resize: vertical;
  }

  .visitors__past-item p,
  .visitors__confirm p {
    margin: 0;
  }

  .visitors__when {
    font-weight: ${sys('font-weight-medium')};
  }

  .visitors__confirm {
    display: grid;
    gap: ${sys('space-xs')};
  }

  .visitors__hint .badge {
    margin-inline-start: ${sys('space-xs')};
  }
`;
