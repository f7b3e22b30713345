import {css} from 'lit';
import {card, cardTokens} from '../internal/card.styles.js';
import {sys} from '../internal/tokens.js';
import {cluster} from '../internal/layout.styles.js';
import {heading} from '../internal/text.styles.js';

/** How the element's card differs from the plain one (its tokens follow). */
const CARD = {muted: 'label-color', shadow: true} as const;

/** The component tokens `<portico-login>` reads, sorted (see credit-balance.styles.ts). */
export const LOGIN_TOKENS = /* @__PURE__ */ cardTokens(
  CARD,
  'button-background',
  'button-color',
  'error-background',
  'error-color',
  'input-background',
  'input-border-color',
);

export default css`
  ${card('login', CARD)}

  :host {
    --portico-login-button-background: ${sys('color-primary')};
    --portico-login-button-color: ${sys('color-on-primary')};
    --portico-login-error-background: ${sys('color-error-container')};
    --portico-login-error-color: ${sys('color-on-error-container')};
    --portico-login-input-background: ${sys('color-surface')};
    --portico-login-input-border-color: ${sys('color-outline')};
  }

  .login,
  .login__form {
    display: grid;
    gap: ${sys('space-sm')};
  }

  .login__field {
    display: grid;
    gap: ${sys('space-xxs')};
  }

  .login__label {
    color: var(--portico-login-label-color);
    font-size: ${sys('font-size-sm')};
    font-weight: ${sys('font-weight-medium')};
  }

  .login__input {
    min-height: 2.75rem;
    padding: 0 ${sys('space-sm')};
    border: 1px solid var(--portico-login-input-border-color);
    border-radius: ${sys('radius-md')};
    color: inherit;
    background: var(--portico-login-input-background);
    font: inherit;
  }

  .login__input--code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.3em;
  }

  .login__message {
    margin: 0;
  }

  .login__heading {
    ${heading('lg')}
    font-weight: ${sys('font-weight-bold')};
    line-height: ${sys('line-height-tight')};
  }

  .login__heading:focus {
    outline: none;
  }

  .login__heading:focus-visible {
    outline: 2px solid ${sys('color-focus-ring')};
    outline-offset: 2px;
  }

  .login__hint {
    margin: 0;
    color: var(--portico-login-label-color);
    font-size: ${sys('font-size-sm')};
  }

  .login__check {
    display: flex;
    align-items: flex-start;
    gap: ${sys('space-xs')};
  }

  .login__check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1rem 0 0;
    accent-color: var(--portico-login-button-background);
  }

  .login__lockout {
    display: grid;
    justify-content: stretch;
    gap: ${sys('space-xxs')};
  }

  .login__skeleton {
    height: 1.5rem;
  }

  .login__skeleton--button {
    width: 8rem;
    height: 2.75rem;
    border-radius: ${sys('radius-full')};
  }

  .login__actions {
    ${cluster}
    gap: ${sys('space-sm')};
  }

  .login__button {
    min-height: 2.75rem;
    padding: 0 ${sys('space-lg')};
    border: none;
    border-radius: ${sys('radius-full')};
    color: var(--portico-login-button-color);
    background: var(--portico-login-button-background);
    font: inherit;
    font-weight: ${sys('font-weight-medium')};
    cursor: pointer;
  }

  .login__button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .login__link {
    padding: 0;
    border: none;
    color: inherit;
    background: none;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .login__link[aria-disabled='true'] {
    color: var(--portico-login-label-color);
    text-decoration: none;
    cursor: not-allowed;
  }

  .login__error {
    margin: 0;
    padding: ${sys('space-xs')} ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    color: var(--portico-login-error-color);
    background: var(--portico-login-error-background);
    font-size: ${sys('font-size-sm')};
  }
`;
