import {css} from 'lit';
import {LIST_CARD_TOKENS, listCard} from '../internal/list-card.styles.js';
import {markdownStyles} from '../internal/markdown.js';
import {sys} from '../internal/tokens.js';
import {cluster, columns, split, wrap} from '../internal/layout.styles.js';

/** The component tokens `<portico-helpdesk>` reads, sorted. */
export const HELPDESK_TOKENS = LIST_CARD_TOKENS;

export default css`
  ${listCard('helpdesk')}
  ${markdownStyles}

  #request-title:focus {
    outline: none;
  }

  .helpdesk__heading {
    ${split}
    gap: ${sys('space-xs')};
  }

  .helpdesk__filters {
    ${columns('14rem')}
    gap: ${sys('space-sm')};
  }

  .helpdesk__guide-title {
    display: grid;
    gap: ${sys('space-xxs')};
    font-weight: ${sys('font-weight-bold')};
    cursor: pointer;
  }

  .helpdesk__guide-body {
    margin-block: ${sys('space-sm')};
  }

  .helpdesk__feedback {
    ${cluster}
    gap: ${sys('space-xs')};
    font-size: ${sys('font-size-sm')};
  }

  .button--small {
    min-height: 2rem;
    padding: 0 ${sys('space-sm')};
  }

  .button[aria-pressed='true'] {
    color: ${sys('color-on-primary')};
    background: ${sys('color-primary')};
  }

  .helpdesk__thanks {
    color: ${sys('color-success')};
  }

  .helpdesk__request-link {
    width: 100%;
    color: inherit;
    background: transparent;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .helpdesk__request-link:hover {
    background: ${sys('color-surface-container')};
  }

  .helpdesk__request-subject {
    font-weight: ${sys('font-weight-bold')};
  }

  .helpdesk__badges {
    ${wrap}
    gap: ${sys('space-xxs')};
  }

  .helpdesk__message--space {
    background: ${sys('color-surface-container')};
  }

  .helpdesk__photos {
    grid-template-columns: repeat(auto-fill, minmax(6rem, 1fr));
    margin-block-start: ${sys('space-xs')};
  }

  .helpdesk__photo {
    display: block;
    width: 100%;
    aspect-ratio: 1;
    object-fit: cover;
    border-radius: ${sys('radius-sm')};
  }

  .helpdesk__textarea {
    min-height: 6rem;
    padding-block: ${sys('space-xs')};
    resize: vertical;
  }

  .helpdesk__file {
    padding-block: ${sys('space-xs')};
  }

  .helpdesk__suggestions {
    display: grid;
    gap: ${sys('space-xs')};
    padding: ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    background: ${sys('color-primary-container')};
  }
`;
