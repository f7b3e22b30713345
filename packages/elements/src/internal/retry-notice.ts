import type {PorticoError} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import {button} from './button.template.js';
import {errorReason} from './error-message.js';

/** Where a {@link retryNotice} carries its parts, and how it reads. */
export interface RetryNoticeOptions {
  /**
   * Which element is the `error` part (the Retry button is then the `retry-button` part):
   * the whole `notice`, or its `message`. Without it, no parts.
   */
  parts?: 'notice' | 'message';
  /** More classes of the notice (DataStates' `state state--error`). */
  className?: string;
  /** A Retry is under way: the button says so (`aria-disabled`). */
  retrying?: boolean;
}

/**
 * What could not be loaded and why, and a Retry button: an element's main data (through
 * `DataStates`) and the parts of an element that load on their own (a history, a quote).
 */
export function retryNotice(
  locale: string,
  message: PlainMessageKey,
  error: PorticoError | undefined,
  onRetry: () => void,
  {parts, className, retrying}: RetryNoticeOptions = {},
): TemplateResult {
  return html`<div
    part=${parts === 'notice' ? 'error' : nothing}
    class=${className ? `notice notice--error ${className}` : 'notice notice--error'}
  >
    <p part=${parts === 'message' ? 'error' : nothing} class="state__message">
      ${msg(locale, message)} ${msg(locale, errorReason(error))}
    </p>
    ${button(msg(locale, 'state.retry'), {
      class: 'button button--secondary',
      part: parts ? 'retry-button' : undefined,
      disabled: retrying,
      onClick: onRetry,
    })}
  </div>`;
}
