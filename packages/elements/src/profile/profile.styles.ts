import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {cluster, wrap} from '../internal/layout.styles.js';
import {mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-profile>` reads, sorted. Each is set on `:host` from a
 * system token and can be overridden by the page.
 */
export const PROFILE_TOKENS = /* @__PURE__ */ cardTokens(CARD);

export default css`
  ${card('profile', CARD)}

  .profile {
    display: grid;
    gap: ${sys('space-md')};
  }

  .profile:focus {
    outline: none;
  }

  .profile__title {
    ${heading('lg')}
  }

  .profile__email,
  .feed__hint {
    ${mutedText('profile')}
  }

  .profile__form {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .profile__grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    align-items: start;
    gap: ${sys('space-sm')};
  }

  .profile__bio {
    min-height: 5rem;
    padding: ${sys('space-xs')} ${sys('space-sm')};
    resize: vertical;
  }

  .profile__error {
    margin: 0;
    color: ${sys('color-error')};
    font-size: ${sys('font-size-sm')};
  }

  .profile__actions,
  .feed__actions,
  .feed__confirm {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .profile__sign-out {
    margin-inline-start: auto;
  }

  .feed {
    display: grid;
    gap: ${sys('space-sm')};
    padding-block-start: ${sys('space-md')};
    border-block-start: 1px solid var(--portico-profile-border-color);
  }

  .feed__title {
    ${heading('md')}
  }

  .feed__actions a.button {
    text-decoration: none;
  }

  .feed__confirm p {
    flex-basis: 100%;
    margin: 0;
  }

  .feed__skeleton {
    height: 2.5rem;
  }

  .profile__fieldset {
    display: grid;
    gap: ${sys('space-xs')};
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .profile__choices {
    ${wrap}
    gap: ${sys('space-xs')} ${sys('space-md')};
  }

  .profile__choice {
    display: flex;
    align-items: center;
    gap: ${sys('space-xs')};
    min-height: 2rem;
  }

  .profile__links {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    gap: ${sys('space-xs')};
  }

  .profile__skeleton-field {
    height: 3.75rem;
  }
`;
