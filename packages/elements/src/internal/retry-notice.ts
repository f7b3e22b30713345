import type {PorticoError} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import {button} from './button.template.js';
import {errorReason} from './error-message.js';

/**
 * A part of an element whose data could not be loaded: what failed and why, and a Retry
 * button. (An element's main data goes through `DataStates`, which says the same.) With
 * `parts`, the notice is the element's `error` part and the button its `retry-button`.
 */
export function retryNotice(
  locale: string,
  message: PlainMessageKey,
  error: PorticoError | undefined,
  onRetry: () => void,
  {parts = false}: {parts?: boolean} = {},
): TemplateResult {
  return html`<div part=${parts ? 'error' : nothing} class="notice notice--error">
    <p class="state__message">${msg(locale, message)} ${msg(locale, errorReason(error))}</p>
    ${button(msg(locale, 'state.retry'), {
      class: 'button button--secondary',
      part: parts ? 'retry-button' : undefined,
      onClick: onRetry,
    })}
  </div>`;
}
