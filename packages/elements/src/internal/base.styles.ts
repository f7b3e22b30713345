import {css} from 'lit';
import {sys} from './tokens.js';

/** What every Portico element starts from; component styles come after it. */
export default css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${sys('font-family')};
    line-height: ${sys('line-height-normal')};
    -webkit-font-smoothing: antialiased;
    /* Names, descriptions and notes come from members and spaces, up to the contract's
       maximum and without spaces: every text may break anywhere rather than widen the page.
       Inherited, so it reaches every text of the shadow tree. */
    overflow-wrap: anywhere;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: ${sys('focus-ring-width')} solid ${sys('color-focus-ring')};
    outline-offset: ${sys('focus-ring-offset')};
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
