// The signed-in state, and what the steps after sign-in (login-onboarding.ts) share with it
// and with the steps before: the member's context, the form's fields and submit button.
import type {Profile} from '@portico/sdk';
import {html, type TemplateResult} from 'lit';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import type {FormContext} from './step-controller.js';

/** What every account step gets from the element. */
export interface StepContext extends FormContext {
  member: Profile;
}

/**
 * The name the server gives a member it created at their first sign-in is their email's
 * local part: that, or nothing, counts as "no name yet".
 */
export function needsName(member: Profile): boolean {
  const name = member.name.trim();
  return name === '' || name === member.email.split('@')[0];
}

export function renderSignedIn(context: StepContext & {onLogout: () => void}): TemplateResult {
  const {locale, member} = context;
  return html`<h2 part="heading" class="login__heading" tabindex="-1">
      ${msg(locale, 'login.welcome', {name: member.name})}
    </h2>
    <p part="message" class="login__message">
      ${msg(locale, 'login.loggedInAs', {email: member.email})}
    </p>
    ${context.error}
    <div class="login__actions">
      ${button(msg(locale, 'login.logout'), {
        class: 'login__button',
        part: 'logout-button',
        disabled: context.busy,
        busy: context.busy,
        onClick: context.onLogout,
      })}
    </div>`;
}

export function field(id: string, label: string, input: TemplateResult): TemplateResult {
  return html`<div class="login__field">
    <label part="label" class="login__label" for=${id}>${label}</label>
    ${input}
  </div>`;
}

/** A form's submit button: busy while its request runs, refused (but focusable) when `disabled`. */
export function submit(
  locale: string,
  busy: boolean,
  idle: PlainMessageKey,
  working: PlainMessageKey,
  disabled = false,
): TemplateResult {
  return button(msg(locale, busy ? working : idle), {
    class: 'login__button',
    part: 'button',
    type: 'submit',
    disabled: busy || disabled,
    busy,
  });
}
