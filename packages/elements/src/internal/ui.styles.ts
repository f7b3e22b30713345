import {css} from 'lit';
import {sys} from './tokens.js';

/**
 * The building blocks every element draws with: buttons, notices, the shared states, skeletons,
 * badges, progress bars and form fields. They read system tokens only, so a theme restyles
 * them all at once; an element adds its own layout and component tokens on top.
 */
export default css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${sys('space-xxs')};
    min-height: 2.5rem;
    padding: 0 ${sys('space-md')};
    border: 1px solid transparent;
    border-radius: ${sys('radius-full')};
    font: inherit;
    font-weight: ${sys('font-weight-medium')};
    line-height: ${sys('line-height-tight')};
    text-decoration: none;
    cursor: pointer;
    transition: filter ${sys('motion-duration-short')} ${sys('motion-easing-standard')};
  }

  .button--primary {
    color: ${sys('color-on-primary')};
    background: ${sys('color-primary')};
  }

  .button--secondary {
    color: ${sys('color-primary')};
    background: ${sys('color-surface')};
    border-color: ${sys('color-outline')};
  }

  .button--ghost {
    color: ${sys('color-primary')};
    background: transparent;
  }

  .button--danger {
    color: ${sys('color-on-error')};
    background: ${sys('color-error')};
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
    filter: none;
  }

  .button[aria-busy='true'] {
    cursor: progress;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${sys('space-xs')};
    margin: 0;
    padding: ${sys('space-xs')} ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    font-size: ${sys('font-size-sm')};
  }

  .notice--error {
    color: ${sys('color-on-error-container')};
    background: ${sys('color-error-container')};
  }

  .notice--warning {
    color: ${sys('color-on-warning-container')};
    background: ${sys('color-warning-container')};
  }

  .notice--success {
    color: ${sys('color-on-success-container')};
    background: ${sys('color-success-container')};
  }

  .notice--info {
    color: ${sys('color-on-primary-container')};
    background: ${sys('color-primary-container')};
  }

  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${sys('space-sm')};
  }

  .state__message {
    margin: 0;
  }

  .state--signed-out {
    color: ${sys('color-on-surface-variant')};
  }

  /* A host's link in a slot follows the theme (its own styles still win). */
  ::slotted(a) {
    color: ${sys('color-primary')};
    font-weight: ${sys('font-weight-medium')};
  }

  .skeleton {
    display: block;
    height: 1em;
    border-radius: ${sys('radius-md')};
    background: ${sys('color-surface-container')};
    animation: portico-pulse ${sys('motion-duration-long')} ease-in-out infinite alternate;
  }

  @keyframes portico-pulse {
    to {
      opacity: 0.45;
    }
  }

  .badge {
    display: inline-flex;
    align-items: center;
    padding: 0.125rem ${sys('space-xs')};
    border-radius: ${sys('radius-full')};
    font-size: ${sys('font-size-xs')};
    font-weight: ${sys('font-weight-bold')};
    letter-spacing: 0.02em;
    color: ${sys('color-on-surface-variant')};
    background: ${sys('color-surface-container')};
  }

  .badge--success {
    color: ${sys('color-on-success-container')};
    background: ${sys('color-success-container')};
  }

  .badge--warning {
    color: ${sys('color-on-warning-container')};
    background: ${sys('color-warning-container')};
  }

  .badge--error {
    color: ${sys('color-on-error-container')};
    background: ${sys('color-error-container')};
  }

  .badge--info {
    color: ${sys('color-on-primary-container')};
    background: ${sys('color-primary-container')};
  }

  .progress {
    height: 0.5rem;
    overflow: hidden;
    border-radius: ${sys('radius-full')};
    background: ${sys('color-surface-container')};
    outline: 1px solid ${sys('color-outline-variant')};
  }

  .progress__bar {
    height: 100%;
    border-radius: inherit;
    background: ${sys('color-primary')};
  }

  /* A field never outgrows its container, e.g. a select whose longest option is a long
     amenity or resource name: the control shrinks and shows the start of the option. */
  .field {
    display: grid;
    gap: ${sys('space-xxs')};
    min-width: 0;
    max-width: 100%;
  }

  .field__label {
    color: ${sys('color-on-surface-variant')};
    font-size: ${sys('font-size-sm')};
    font-weight: ${sys('font-weight-medium')};
  }

  .input {
    min-width: 0;
    max-width: 100%;
    min-height: 2.5rem;
    padding: 0 ${sys('space-sm')};
    border: 1px solid ${sys('color-outline')};
    border-radius: ${sys('radius-md')};
    color: ${sys('color-on-surface')};
    background: ${sys('color-surface')};
    font: inherit;
  }

  .input[aria-invalid='true'] {
    border-color: ${sys('color-error')};
  }

  .field__hint {
    color: ${sys('color-on-surface-variant')};
    font-size: ${sys('font-size-xs')};
  }
`;
