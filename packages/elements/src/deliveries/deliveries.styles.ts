import {css} from 'lit';
import {LIST_CARD_TOKENS, listCard} from '../internal/list-card.styles.js';
import {sys} from '../internal/tokens.js';
import {cluster} from '../internal/layout.styles.js';

/** The component tokens `<portico-deliveries>` reads, sorted. */
export const DELIVERIES_TOKENS = LIST_CARD_TOKENS;

export default css`
  ${listCard('deliveries')}

  .deliveries__count {
    margin: 0;
    font-weight: ${sys('font-weight-bold')};
  }

  .deliveries__item {
    justify-items: start;
  }

  .deliveries__carrier {
    ${cluster}
    gap: ${sys('space-xs')};
    font-weight: ${sys('font-weight-bold')};
  }

  .deliveries__history {
    display: grid;
    gap: ${sys('space-xs')};
  }
`;
