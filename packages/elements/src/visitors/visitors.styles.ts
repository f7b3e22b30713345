import {css} from 'lit';
import {card} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';

/** The component tokens `<portico-visitors>` reads, sorted. */
export const VISITORS_TOKENS = [
  'background',
  'border-color',
  'border-radius',
  'color',
  'muted-color',
  'padding',
] as const;

export default css`
  ${card('visitors', {muted: 'muted-color'})}

  .visitors,
  .visitors__section,
  .visitors__form {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .visitors:focus {
    outline: none;
  }

  .visitors__title {
    margin: 0;
    font-size: ${sys('font-size-lg')};
  }

  .visitors__subtitle {
    margin: 0;
    font-size: ${sys('font-size-md')};
  }

  .visitors__form {
    padding: ${sys('space-sm')};
    border: 1px solid var(--portico-visitors-border-color);
    border-radius: ${sys('radius-md')};
  }

  .visitors__grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: ${sys('space-sm')};
  }

  .visitors__note {
    min-height: 4rem;
    padding-block: ${sys('space-xs')};
    resize: vertical;
  }

  .visitors__field-error {
    margin: 0;
    color: ${sys('color-error')};
    font-size: ${sys('font-size-sm')};
  }

  .visitors__list,
  .visitors__past {
    display: grid;
    gap: ${sys('space-sm')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .visitors__visitor {
    display: grid;
    gap: ${sys('space-xxs')};
    padding: ${sys('space-sm')};
    border: 1px solid var(--portico-visitors-border-color);
    border-radius: ${sys('radius-md')};
  }

  .visitors__visitor p,
  .visitors__past-item p,
  .visitors__confirm p {
    margin: 0;
  }

  .visitors__when {
    font-weight: ${sys('font-weight-medium')};
  }

  .visitors__actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${sys('space-xs')};
  }

  .visitors__confirm {
    display: grid;
    gap: ${sys('space-xs')};
  }

  .visitors__hint {
    margin: 0;
    color: var(--portico-visitors-muted-color);
    font-size: ${sys('font-size-sm')};
  }

  .visitors__hint .badge {
    margin-inline-start: ${sys('space-xs')};
  }

  /* Names, companies, emails and notes are the member's words, up to 500 characters. */
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
