import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {bareList, cluster} from '../internal/layout.styles.js';
import {boxed, mutedText, unreadDot} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-notifications>` reads, sorted. Each is set on `:host` from a
 * system token and can be overridden by the page.
 */
export const NOTIFICATIONS_TOKENS = /* @__PURE__ */ cardTokens(
  CARD,
  'unread-background',
  'unread-color',
);

export default css`
  ${card('notifications', CARD)}

  :host {
    --portico-notifications-unread-background: ${sys('color-surface-container')};
    --portico-notifications-unread-color: ${sys('color-primary')};
  }

  .notifications {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .notifications:focus:not(:focus-visible),
  .notifications__item:focus:not(:focus-visible) {
    outline: none;
  }

  .notifications__head {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .notifications__title {
    ${heading('lg')}
  }

  .notifications__mark-all {
    margin-inline-start: auto;
  }

  .notifications__list {
    display: grid;
    gap: ${sys('space-xs')};
    ${bareList}
  }

  .notifications__item {
    display: grid;
    gap: ${sys('space-xxs')};
    padding: ${sys('space-sm')};
    ${boxed('notifications')}
  }

  .notifications__item--unread {
    background: var(--portico-notifications-unread-background);
  }

  .notifications__meta {
    ${cluster}
    gap: ${sys('space-xs')};
    color: var(--portico-notifications-muted-color);
    font-size: ${sys('font-size-sm')};
  }

  .notifications__kind {
    font-weight: ${sys('font-weight-medium')};
  }

  .notifications__dot {
    ${unreadDot('notifications', '0.6rem')}
  }

  .notifications__item-title {
    margin: 0;
    font-weight: ${sys('font-weight-bold')};
  }

  .notifications__body,
  .notifications__empty {
    ${mutedText('notifications')}
  }

  .notifications__mark {
    justify-self: start;
  }

  .notifications__skeleton-title {
    width: 12ch;
    height: ${sys('font-size-lg')};
  }

  .notifications__skeleton-item {
    height: 4.5rem;
  }
`;
