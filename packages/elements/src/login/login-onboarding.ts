// The steps a member may never see, a lazy chunk the element loads when one is shown: an
// invitation to accept, the terms to accept after sign-in, and the profile prompt for a new
// member.
import type {Space} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {termsLink} from '../internal/terms.template.js';
import {field, needsName, submit, type StepContext} from './login-account.js';
import type {SignInContext} from './login-sign-in.js';

export function renderInvitation(
  context: SignInContext & {onAccept: () => void; onUseEmail: () => void},
): TemplateResult {
  const {locale, space, busy} = context;
  return html`<div part="form" class="login__form">
    <p part="message" class="login__message">
      ${
        space
          ? msg(locale, 'login.invitation', {space: space.name})
          : msg(locale, 'login.invitationGeneric')
      }
    </p>
    ${context.error}
    <div class="login__actions">
      ${button(msg(locale, busy ? 'login.accepting' : 'login.acceptInvitation'), {
        class: 'login__button',
        part: 'invitation-button',
        disabled: busy,
        busy,
        onClick: context.onAccept,
      })}
      ${button(msg(locale, 'login.useEmail'), {class: 'login__link', onClick: context.onUseEmail})}
    </div>
  </div>`;
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
