import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {bareList, cluster, columns, stack, wrap} from '../internal/layout.styles.js';
import {boxed, mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-directory>` reads, sorted. Each is set on `:host` from a
 * system token and can be overridden by the page.
 */
export const DIRECTORY_TOKENS = /* @__PURE__ */ cardTokens(CARD, 'photo-background');

export default css`
  ${card('directory', CARD)}

  :host {
    --portico-directory-photo-background: ${sys('color-primary-container')};
  }

  .directory {
    display: grid;
    gap: ${sys('space-md')};
    min-width: 0;
  }

  .directory:focus:not(:focus-visible) {
    outline: none;
  }

  .directory__title {
    ${heading('lg')}
  }

  .directory__filters {
    ${columns('12rem')}
    align-items: end;
    gap: ${sys('space-sm')};
  }

  .directory__search {
    grid-column: 1 / -1;
  }

  .directory__filter select {
    width: 100%;
    min-width: 0;
  }

  .directory__clear {
    justify-self: start;
  }

  .directory__grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: ${sys('space-sm')};
    ${bareList}
  }

  .directory__member {
    ${stack}
    gap: ${sys('space-sm')};
    min-width: 0;
    padding: ${sys('space-md')};
    ${boxed('directory')}
  }

  .directory__identity {
    display: flex;
    align-items: center;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .directory__photo {
    flex: none;
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    object-fit: cover;
  }

  .directory__initials {
    display: grid;
    place-items: center;
    color: ${sys('color-on-primary-container')};
    background: var(--portico-directory-photo-background);
    font-weight: ${sys('font-weight-bold')};
  }

  .directory__names {
    min-width: 0;
  }

  .directory__name {
    ${heading('md')}
  }

  .directory__subtitle {
    ${mutedText('directory')}
    font-size: ${sys('font-size-sm')};
  }

  .directory__skills,
  .directory__links {
    ${wrap}
    gap: ${sys('space-xxs')} ${sys('space-xs')};
    ${bareList}
    min-width: 0;
  }

  .directory__skills .chip {
    min-height: 2rem;
  }

  .directory__links a {
    color: ${sys('color-primary')};
  }

  .directory__bio {
    min-width: 0;
    font-size: ${sys('font-size-sm')};
  }

  .directory__contact {
    ${cluster}
    gap: ${sys('space-xs')};
    margin-block-start: auto;
    min-width: 0;
  }

  .directory__email {
    color: ${sys('color-primary')};
    min-width: 0;
  }

  .directory__contact-error {
    flex-basis: 100%;
  }

  .directory__form {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .directory__textarea {
    resize: vertical;
  }

  .directory__actions {
    ${wrap}
    gap: ${sys('space-xs')};
  }

  .directory__empty {
    ${mutedText('directory')}
  }

  .directory__skeleton-bar {
    height: 3rem;
  }

  .directory__skeleton-card {
    height: 12rem;
  }
`;
