import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {cluster, stackedList, wrap} from '../internal/layout.styles.js';
import {mutedText, unreadDot} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'muted-color'} as const;

/**
 * The component tokens `<portico-posts>` reads, sorted. Each is set on `:host` from a system
 * token and can be overridden by the page.
 */
export const POSTS_TOKENS = /* @__PURE__ */ cardTokens(CARD, 'unread-color');

export default css`
  ${card('posts', CARD)}

  :host {
    --portico-posts-unread-color: ${sys('color-primary')};
  }

  .posts {
    display: grid;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .posts:focus:not(:focus-visible),
  .posts__post-title:focus:not(:focus-visible) {
    outline: none;
  }

  .posts__head {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .posts__title,
  .posts__post-title {
    ${heading('lg')}
  }

  .posts__categories {
    ${wrap}
    gap: ${sys('space-xs')};
  }

  .posts__list,
  .posts__reply-list {
    ${stackedList}
  }

  .posts__item,
  .posts__reply {
    display: grid;
    gap: ${sys('space-xxs')};
    padding-block: ${sys('space-sm')};
    border-block-start: 1px solid var(--portico-posts-border-color);
    min-width: 0;
  }

  .posts__meta,
  .posts__reply-meta {
    ${cluster}
    gap: ${sys('space-xs')};
    ${mutedText('posts')}
    font-size: ${sys('font-size-sm')};
  }

  .posts__category {
    font-weight: ${sys('font-weight-medium')};
  }

  .posts__dot {
    ${unreadDot('posts', '0.5rem')}
  }

  .posts__item-title {
    ${heading('md')}
  }

  .posts__open {
    padding: 0;
    border: 0;
    color: inherit;
    background: none;
    font: inherit;
    font-weight: ${sys('font-weight-bold')};
    text-align: start;
    cursor: pointer;
  }

  [part~='unread'] .posts__open::after {
    content: '';
  }

  .posts__open:hover {
    text-decoration: underline;
  }

  .posts__open:focus-visible {
    outline: ${sys('focus-ring-width')} solid ${sys('color-focus-ring')};
    outline-offset: 2px;
  }

  .posts__summary,
  .posts__byline,
  .posts__replies-count,
  .posts__empty,
  .posts__closed,
  .posts__hidden-note {
    ${mutedText('posts')}
  }

  .posts__post {
    display: grid;
    gap: ${sys('space-sm')};
    min-width: 0;
  }

  .posts__back {
    justify-self: start;
  }

  .posts__body {
    min-width: 0;
  }

  .posts__replies {
    display: grid;
    gap: ${sys('space-sm')};
    margin-block-start: ${sys('space-md')};
  }

  .posts__replies-title {
    ${heading('md')}
  }

  .posts__reply-author {
    color: var(--portico-posts-color);
    font-weight: ${sys('font-weight-medium')};
  }

  .posts__reply-body {
    margin: 0;
    white-space: pre-line;
  }

  .posts__reply--hidden .posts__reply-body {
    opacity: 0.7;
  }

  .posts__hidden-note {
    font-size: ${sys('font-size-sm')};
  }

  .posts__delete {
    justify-self: start;
  }

  .posts__form {
    display: grid;
    gap: ${sys('space-sm')};
    justify-items: start;
  }

  .posts__form .field {
    width: 100%;
  }

  .posts__textarea {
    resize: vertical;
    min-height: 5rem;
  }

  .posts__skeleton-title {
    width: 40%;
    height: 1.5rem;
  }

  .posts__skeleton-item {
    height: 4.5rem;
  }

  .posts__skeleton-body {
    height: 12rem;
  }
`;
