import type {PorticoError} from '@portico/sdk';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import type {Refusals} from './action-controller.js';
import {errorReason} from './error-message.js';

/** What the member tried that failed, then why: "Could not send. You are offline." */
export function failureText(
  locale: string,
  failed: PlainMessageKey,
  error: PorticoError | undefined,
): string {
  return `${msg(locale, failed)} ${msg(locale, errorReason(error))}`;
}

/**
 * What to say when the API refused an action: the message `refusals` gives the error's code,
 * which says it all ("No entries left."), else {@link failureText}.
 */
export function refusalText(
  locale: string,
  failed: PlainMessageKey,
  error: PorticoError,
  refusals: Refusals,
): string {
  const refusal = refusals[error.code];
  return refusal ? msg(locale, refusal) : failureText(locale, failed, error);
}
