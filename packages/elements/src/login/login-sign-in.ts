// The steps before sign-in: the email and the code sent to it (an invitation to accept is in
// login-onboarding.ts); and the lockout notice after too many wrong codes.
import type {Space} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {termsLink} from '../internal/terms.template.js';
import {field, submit} from './login-account.js';
import {formatCountdown} from './login-countdown.js';
import type {FormContext} from './step-controller.js';

/** What every signed-out step gets from the element. */
export interface SignInContext extends FormContext {
  space: Space | undefined;
}

/** The email, and the lock on it, if any. */
export interface EmailContext extends SignInContext {
  email: string;
  lockout: TemplateResult | typeof nothing;
  locked: boolean;
  onEmail: (email: string) => void;
}

/** What differs between the email and the code fields. */
interface StepInput {
  readonly id: 'email' | 'code';
  readonly label: string;
  readonly className?: string;
  readonly type?: 'email';
  readonly inputmode?: 'numeric';
  readonly autocomplete: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly describedBy: string;
  readonly onInput: (value: string) => void;
}

/** The one field of a signed-out step: required, its value kept as the member types it. */
function input(o: StepInput): TemplateResult {
  return field(
    o.id,
    o.label,
    html`<input
      part="input"
      class=${o.className ? `login__input ${o.className}` : 'login__input'}
      id=${o.id}
      name=${o.id}
      type=${o.type ?? nothing}
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete}
      required
      .value=${live(o.value)}
      aria-invalid=${o.invalid ? 'true' : 'false'}
      aria-describedby=${o.describedBy}
      @input=${(event: Event) => o.onInput((event.target as HTMLInputElement).value)}
    />`,
  );
}

export function renderEmailStep(
  context: EmailContext & {onSubmit: (event: SubmitEvent) => void},
): TemplateResult {
  const {locale, space, hasError} = context;
  return html`
    <form part="form" class="login__form" novalidate @submit=${context.onSubmit}>
      ${input({
        id: 'email',
        label: msg(locale, 'login.email'),
        type: 'email',
        autocomplete: 'email',
        value: context.email,
        invalid: hasError,
        describedBy: hasError ? 'error privacy' : 'privacy',
        onInput: context.onEmail,
      })}
      <p part="privacy" class="login__hint" id="privacy">
        ${
          space
            ? msg(locale, 'login.privacy', {space: space.name})
            : msg(locale, 'login.privacyGeneric')
        }
        ${termsLink(space, msg(locale, 'login.termsLink'), {
          part: 'terms-link',
          className: 'login__link',
        })}
      </p>
      ${context.lockout} ${context.error}
      <div class="login__actions">
        ${submit(locale, context.busy, 'login.sendCode', 'login.sending', context.locked)}
      </div>
    </form>
  `;
}

export function renderCodeStep(
  context: EmailContext & {
    code: string;
    /** When "Send a new code" works again (ms since epoch). */
    resendAt: number;
    onCode: (code: string) => void;
    onSubmit: (event: SubmitEvent) => void;
    onChangeEmail: () => void;
    onResend: () => void;
  },
): TemplateResult {
  const {locale, locked, hasError} = context;
  const cooling = !locked && Date.now() < context.resendAt;
  return html`
    <form part="form" class="login__form" novalidate @submit=${context.onSubmit}>
      <p part="message" class="login__message" id="sent">
        ${msg(locale, 'login.codeSent', {email: context.email})}
      </p>
      ${input({
        id: 'code',
        label: msg(locale, 'login.code'),
        className: 'login__input--code',
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        value: context.code,
        invalid: hasError,
        describedBy: hasError ? 'sent code-hint error' : 'sent code-hint',
        onInput: context.onCode,
      })}
      <p class="login__hint" id="code-hint">${msg(locale, 'login.codeHint')}</p>
      ${context.lockout} ${context.error}
      <div class="login__actions">
        ${submit(locale, context.busy, 'login.verify', 'login.verifying', locked)}
        ${button(msg(locale, 'login.changeEmail'), {
          class: 'login__link',
          part: 'change-email-button',
          onClick: context.onChangeEmail,
        })}
        ${button(
          cooling
            ? msg(locale, 'login.resendIn', {time: formatCountdown(context.resendAt)})
            : msg(locale, 'login.resend'),
          {
            class: 'login__link',
            part: 'resend-button',
            disabled: cooling || locked || context.busy,
            onClick: context.onResend,
          },
        )}
      </div>
    </form>
  `;
}

/**
 * The lock on the email typed (`until`, ms since epoch), with a live countdown (a `timer`: not
 * read out every second); once it has passed, that the member may try again.
 */
export function renderLockout(locale: string, until: number): TemplateResult {
  if (Date.now() >= until) {
    return html`<p part="lockout" class="notice notice--info" role="status">
      ${msg(locale, 'login.tryAgainNow')}
    </p>`;
  }
  return html`<div part="lockout error" class="notice notice--error login__lockout">
    <p class="login__message" role="alert">${msg(locale, 'login.locked')}</p>
    <p class="login__message" role="timer">
      ${msg(locale, 'login.tryAgainIn', {time: formatCountdown(until)})}
    </p>
  </div>`;
}
