import type {PorticoError} from '@portico/sdk';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import {errorReason} from './error-message.js';

/** What the member tried that failed, then why: "Could not send. You are offline." */
export function failureText(
  locale: string,
  failed: PlainMessageKey,
  error: PorticoError | undefined,
): string {
  return `${msg(locale, failed)} ${msg(locale, errorReason(error))}`;
}
