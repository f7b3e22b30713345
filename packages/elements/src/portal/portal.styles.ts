import {css} from 'lit';
import {sys} from '../internal/tokens.js';
import {bareList, cluster, columns, wrap} from '../internal/layout.styles.js';
import {mutedText} from '../internal/card-parts.styles.js';
import {heading} from '../internal/text.styles.js';

/**
 * The component tokens `<portico-portal>` reads, sorted. Each is set on `:host` from a system
 * token and can be overridden by the page.
 */
export const PORTAL_TOKENS = [
  'background',
  'border-color',
  'color',
  'header-background',
  'max-width',
  'muted-color',
  'nav-active-background',
  'nav-active-color',
] as const;

export default css`
  :host {
    --portico-portal-background: ${sys('color-surface')};
    --portico-portal-border-color: ${sys('color-outline-variant')};
    --portico-portal-color: ${sys('color-on-surface')};
    --portico-portal-header-background: ${sys('color-surface-container')};
    --portico-portal-max-width: 72rem;
    --portico-portal-muted-color: ${sys('color-on-surface-variant')};
    --portico-portal-nav-active-background: ${sys('color-primary-container')};
    --portico-portal-nav-active-color: ${sys('color-on-primary-container')};
    display: block;
  }

  .portal {
    min-height: 30rem;
    color: var(--portico-portal-color);
    background: var(--portico-portal-background);
    border: 1px solid var(--portico-portal-border-color);
    border-radius: ${sys('radius-lg')};
    /* clip, not hidden: rounds the corners without making a scroll container, so the
       calendar's and the shop's sticky bars stick to the screen inside the portal. */
    overflow: clip;
    /* The navigation follows the portal's own width (a full page or a column), not the window's. */
    container: portal / inline-size;
  }

  .portal__header {
    ${cluster}
    gap: ${sys('space-sm')};
    padding: ${sys('space-sm')} ${sys('space-md')};
    background: var(--portico-portal-header-background);
    border-bottom: 1px solid var(--portico-portal-border-color);
  }

  .portal__brand {
    /* As tall as the menu button, and a line before the space's name arrives: no shift. */
    display: flex;
    align-items: center;
    min-block-size: 2.5rem;
    ${heading('md')}
    font-weight: ${sys('font-weight-bold')};
  }

  .portal__menu-button {
    display: none;
    margin-inline-start: auto;
  }

  /* A visitor's "Sign in" beside the menu: only where the navigation (with its own) folds away. */
  .portal__sign-in {
    display: none;
    margin-inline-start: auto;
    text-decoration: none;
  }

  .portal__sign-in + .portal__menu-button {
    margin-inline-start: 0;
  }

  .portal__nav {
    padding: ${sys('space-xs')} ${sys('space-md')};
    background: var(--portico-portal-header-background);
    border-bottom: 1px solid var(--portico-portal-border-color);
  }

  .portal__links {
    ${wrap}
    gap: ${sys('space-xxs')};
    ${bareList}
  }

  .portal__link {
    display: inline-flex;
    align-items: center;
    gap: ${sys('space-xs')};
    min-height: 2.5rem;
    padding: 0 ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    color: inherit;
    font-weight: ${sys('font-weight-medium')};
    text-decoration: none;
  }

  .portal__link:hover {
    text-decoration: underline;
  }

  .portal__link[aria-current='page'] {
    color: var(--portico-portal-nav-active-color);
    background: var(--portico-portal-nav-active-background);
  }

  .portal__main {
    display: grid;
    gap: ${sys('space-lg')};
    max-width: var(--portico-portal-max-width);
    margin: 0 auto;
    padding: ${sys('space-lg')} ${sys('space-md')};
  }

  .portal__title {
    margin: 0;
    font-size: calc(${sys('font-size-lg')} * 1.5);
    line-height: ${sys('line-height-tight')};
  }

  .portal__title:focus {
    outline: none;
  }

  .portal__intro {
    ${mutedText('portal')}
  }

  .portal__grid {
    /* 17rem: three cards side by side beside the sidebar of a 1280 px page. */
    ${columns('17rem')}
    align-items: start;
    gap: ${sys('space-md')};
  }

  .portal__section {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .portal__section-title {
    ${heading('lg')}
  }

  .portal__banner {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .portal__banner a,
  .portal__more {
    color: inherit;
    font-weight: ${sys('font-weight-bold')};
  }

  .portal__skeleton {
    height: 12rem;
  }

  /* A wide portal holds its twelve pages in a sidebar: in one row they wrapped to two. */
  @container portal (min-width: 60rem) {
    .portal__layout {
      display: grid;
      grid-template-columns: 14rem minmax(0, 1fr);
      grid-template-rows: auto 1fr;
    }

    .portal__header {
      grid-column: 1 / -1;
    }

    /* A grid item with auto margins shrinks to its content: keep the page its full width. */
    .portal__main {
      box-sizing: border-box;
      inline-size: 100%;
    }

    .portal__nav {
      padding: ${sys('space-md')} ${sys('space-sm')};
      border-bottom: 0;
      border-inline-end: 1px solid var(--portico-portal-border-color);
    }

    .portal__links {
      position: sticky;
      top: ${sys('space-md')};
      flex-direction: column;
      align-items: stretch;
    }

    /* The unread badge goes under its label when they do not fit, never through a word. */
    .portal__link {
      flex-wrap: wrap;
      justify-content: space-between;
    }
  }

  @media (max-width: 47.99rem) {
    /* One row: the space's name wraps (however long) before "Sign in" and Menu move down. */
    .portal__header {
      flex-wrap: nowrap;
    }

    .portal__brand {
      flex: 1 1 auto;
      min-width: 0;
    }

    .portal__menu-button,
    .portal__sign-in {
      display: inline-flex;
      flex: none;
    }

    .portal__nav[data-open='false'] {
      display: none;
    }

    .portal__links {
      flex-direction: column;
      align-items: stretch;
    }

    .portal__title {
      font-size: ${sys('font-size-lg')};
    }

    .portal__main {
      padding: ${sys('space-md')} ${sys('space-sm')};
    }
  }
`;
