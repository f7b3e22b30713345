// The steps after sign-in: the terms to accept, the profile prompt, and the signed-in state.
import type {Profile, Space} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {termsLink} from '../internal/terms.template.js';
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

export function renderTerms(
  context: StepContext & {space: Space | undefined; onSubmit: (event: SubmitEvent) => void},
): TemplateResult {
  const {locale, member, space, error, hasError} = context;
  const describedBy = hasError ? 'error' : nothing;
  return html`<form part="form" class="login__form" novalidate @submit=${context.onSubmit}>
    <h2 part="heading" class="login__heading" tabindex="-1">${msg(locale, 'login.termsTitle')}</h2>
    <p part="message" class="login__message">
      ${msg(locale, 'login.termsIntro', {
        space: space?.name ?? '',
        version: space?.terms.version ?? '',
      })}
    </p>
    ${termsLink(space, msg(locale, 'login.termsLink'), {
      part: 'terms-link',
      className: 'login__link',
    })}
    ${needsName(member) ? nameField(locale, describedBy) : nothing}
    <label class="login__check">
      <input
        part="terms-checkbox"
        type="checkbox"
        name="accept"
        required
        aria-describedby=${describedBy}
      />
      <span>${msg(locale, 'login.termsAccept')}</span>
    </label>
    ${error}
    <div class="login__actions">
      ${submit(locale, context.busy, 'login.continue', 'login.saving')}
    </div>
  </form>`;
}

export function renderProfile(
  context: StepContext & {onSubmit: (event: SubmitEvent) => void; onSkip: () => void},
): TemplateResult {
  const {locale, member, error, hasError} = context;
  const describedBy = hasError ? 'error' : nothing;
  return html`<form part="form" class="login__form" novalidate @submit=${context.onSubmit}>
    <h2 part="heading" class="login__heading" tabindex="-1">
      ${msg(locale, 'login.profileTitle')}
    </h2>
    <p part="message" class="login__message">${msg(locale, 'login.profileIntro')}</p>
    ${nameField(locale, describedBy, needsName(member) ? '' : member.name)}
    ${optionalField('phone', msg(locale, 'login.phone'), member.phone, 'tel', 'tel')}
    ${optionalField('company', msg(locale, 'login.company'), member.company, 'organization')}
    ${error}
    <div class="login__actions">
      ${submit(locale, context.busy, 'login.save', 'login.saving')}
      <button part="skip-button" class="login__link" type="button" @click=${context.onSkip}>
        ${msg(locale, 'login.skip')}
      </button>
    </div>
  </form>`;
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

/** The (required) name field of the terms step and the profile prompt. */
function nameField(
  locale: string,
  describedBy: string | typeof nothing,
  value?: string,
): TemplateResult {
  return field(
    'name',
    msg(locale, 'login.name'),
    html`<input
      part="name-input"
      class="login__input"
      id="name"
      name="name"
      autocomplete="name"
      required
      value=${value ?? nothing}
      aria-describedby=${describedBy}
    />`,
  );
}

/** An optional field of the profile prompt (`phone`, `company`), with the member's value. */
function optionalField(
  id: 'phone' | 'company',
  label: string,
  value: string | null,
  autocomplete: string,
  type?: 'tel',
): TemplateResult {
  return field(
    id,
    label,
    html`<input
      part=${`${id}-input`}
      class="login__input"
      id=${id}
      name=${id}
      type=${type ?? nothing}
      autocomplete=${autocomplete}
      value=${value ?? ''}
    />`,
  );
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
