import {css} from 'lit';
import {card} from '../internal/card.styles.js';
import {markdownStyles} from '../internal/markdown.js';
import {sys} from '../internal/tokens.js';

/** The component tokens `<portico-helpdesk>` reads, sorted. */
export const HELPDESK_TOKENS = [
  'background',
  'border-color',
  'border-radius',
  'color',
  'muted-color',
  'padding',
] as const;

export default css`
  ${card('helpdesk', {muted: 'muted-color'})}
  ${markdownStyles}

  .helpdesk,
  .helpdesk__section,
  .helpdesk__form,
  .helpdesk__request {
    display: grid;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .helpdesk:focus,
  #request-title:focus {
    outline: none;
  }

  .helpdesk__title {
    margin: 0;
    font-size: ${sys('font-size-lg')};
  }

  .helpdesk__subtitle {
    margin: 0;
    font-size: ${sys('font-size-md')};
  }

  .helpdesk__heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${sys('space-xs')};
  }

  .helpdesk__filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: ${sys('space-sm')};
  }

  .helpdesk__guides,
  .helpdesk__requests,
  .helpdesk__thread,
  .helpdesk__photos {
    display: grid;
    gap: ${sys('space-xs')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .helpdesk__guide,
  .helpdesk__request-link,
  .helpdesk__message {
    padding: ${sys('space-sm')};
    border: 1px solid var(--portico-helpdesk-border-color);
    border-radius: ${sys('radius-md')};
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
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
    display: grid;
    gap: ${sys('space-xxs')};
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
    display: flex;
    flex-wrap: wrap;
    gap: ${sys('space-xxs')};
  }

  .helpdesk__message--space {
    background: ${sys('color-surface-container')};
  }

  .helpdesk__message p.helpdesk__meta {
    margin: 0 0 ${sys('space-xs')};
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
    image-rendering: auto;
  }

  .helpdesk__textarea {
    min-height: 6rem;
    padding-block: ${sys('space-xs')};
    resize: vertical;
  }

  .helpdesk__file {
    padding-block: ${sys('space-xs')};
  }

  .helpdesk__field-error {
    margin: 0;
    color: ${sys('color-error')};
    font-size: ${sys('font-size-sm')};
  }

  .helpdesk__actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${sys('space-xs')};
  }

  .helpdesk__suggestions {
    display: grid;
    gap: ${sys('space-xs')};
    padding: ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    background: ${sys('color-primary-container')};
  }

  .helpdesk__hint,
  .helpdesk__meta {
    margin: 0;
    color: var(--portico-helpdesk-muted-color);
    font-size: ${sys('font-size-sm')};
  }

  /* Subjects, names and guides are people's words, up to 2,000 characters without a space. */
  .text {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .skeleton--title {
    height: 1.5rem;
    width: 50%;
  }

  .skeleton--card {
    height: 8rem;
  }
`;
