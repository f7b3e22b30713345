import {css} from 'lit';
import {card} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';

/** The component tokens `<portico-deliveries>` reads, sorted. */
export const DELIVERIES_TOKENS = [
  'background',
  'border-color',
  'border-radius',
  'color',
  'muted-color',
  'padding',
] as const;

export default css`
  ${card('deliveries', {muted: 'muted-color'})}

  .deliveries {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .deliveries:focus {
    outline: none;
  }

  .deliveries__title {
    margin: 0;
    font-size: ${sys('font-size-lg')};
  }

  .deliveries__subtitle {
    margin: 0;
    font-size: ${sys('font-size-md')};
  }

  .deliveries__count {
    margin: 0;
    font-weight: ${sys('font-weight-bold')};
  }

  .deliveries__list,
  .deliveries__past {
    display: grid;
    gap: ${sys('space-sm')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .deliveries__parcel {
    display: grid;
    gap: ${sys('space-xxs')};
    justify-items: start;
    padding: ${sys('space-sm')};
    border: 1px solid var(--portico-deliveries-border-color);
    border-radius: ${sys('radius-md')};
  }

  .deliveries__parcel p {
    margin: 0;
  }

  .deliveries__carrier {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${sys('space-xs')};
    font-weight: ${sys('font-weight-bold')};
  }

  .deliveries__hint,
  .deliveries__past {
    margin: 0;
    color: var(--portico-deliveries-muted-color);
    font-size: ${sys('font-size-sm')};
  }

  .deliveries__history {
    display: grid;
    gap: ${sys('space-xs')};
  }

  /* Carriers, senders and places are the space's words, up to 200 characters without a space. */
  .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .skeleton--title {
    height: 1.5rem;
    width: 50%;
  }

  .skeleton--card {
    height: 6rem;
  }
`;
