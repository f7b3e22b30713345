import {css, unsafeCSS, type CSSResult} from 'lit';
import {sys} from './tokens.js';

/** The tones a notice or a badge takes, each with the container colour it is drawn in. */
const TONES = {error: 'error', warning: 'warning', success: 'success', info: 'primary'} as const;

/**
 * `.<block>--error`, `--warning`, `--success` and `--info`: each tone's container colour and
 * the text colour on it. `unsafeCSS` is safe here: the names are this file's constants.
 */
function tones(block: 'notice' | 'badge'): CSSResult {
  const rules = Object.entries(TONES).map(
    ([tone, color]) => `.${block}--${tone} {
      color: ${sys(`color-on-${color}-container`)};
      background: ${sys(`color-${color}-container`)};
    }`,
  );
  return unsafeCSS(rules.join('\n'));
}

/**
 * The building blocks every element draws with: buttons, notices, the shared states, skeletons,
 * badges, progress bars and form fields. They read system tokens only, so a theme restyles
 * them all at once; an element adds its own layout and component tokens on top. `.state`
 * comes after `.notice`: an error state drawn as a notice keeps the state's wider gap.
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

  .notice,
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }

  .notice {
    gap: ${sys('space-xs')};
    margin: 0;
    padding: ${sys('space-xs')} ${sys('space-sm')};
    border-radius: ${sys('radius-md')};
    font-size: ${sys('font-size-sm')};
  }

  ${tones('notice')}

  .state {
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

  ${tones('badge')}

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

  /* A filter choice (a category, a skill): a pressed chip is the chosen one. */
  .chip {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    max-width: 100%;
    padding: 0 ${sys('space-sm')};
    border: 1px solid ${sys('color-outline-variant')};
    border-radius: ${sys('radius-full')};
    color: inherit;
    background: transparent;
    font: inherit;
    font-size: ${sys('font-size-sm')};
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border-color: transparent;
    color: ${sys('color-on-primary-container')};
    background: ${sys('color-primary-container')};
  }

  .chip:focus-visible {
    outline: ${sys('focus-ring-width')} solid ${sys('color-focus-ring')};
    outline-offset: 2px;
  }
`;
