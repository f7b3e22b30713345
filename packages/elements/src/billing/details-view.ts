// The billing details: what the next invoices are made out to, and the form that changes it.
import {endpoints} from '@portico/sdk/billing';
import type {BillingDetails} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {renderNotice} from './billing-format.js';
import {formActions} from './form-actions.template.js';
import {detailsOrBlank, type DetailsController, type DetailsField} from './details-controller.js';
import {countryOptions} from './countries.js';

/** What the server accepts, read from the route (`PATCH /me/billing-details`). */
const LIMITS = endpoints.updateBillingDetails.limits;

export interface DetailsViewOptions {
  readonly locale: string;
  readonly details: BillingDetails | null;
  readonly controller: DetailsController;
}

export function renderDetails(options: DetailsViewOptions): TemplateResult {
  const {locale, details, controller} = options;
  return html`<section part="details" class="billing__section" aria-labelledby="details-title">
    <div class="billing__section-head">
      <h3 class="billing__title" id="details-title">${msg(locale, 'billing.details')}</h3>
      ${
        controller.editing
          ? nothing
          : button(msg(locale, details ? 'billing.editDetails' : 'billing.addDetails'), {
              class: 'button button--secondary',
              part: 'edit-details-button',
              onClick: () => controller.edit(),
            })
      }
    </div>
    ${controller.editing ? renderForm(options) : renderSummary(locale, details)}
    ${renderNotice(controller.notice, 'details-notice')}
  </section>`;
}

function renderSummary(locale: string, details: BillingDetails | null): TemplateResult {
  if (!details) {
    return html`<p part="no-details" class="billing__hint">${msg(locale, 'billing.noDetails')}</p>`;
  }
  return html`<address part="details-summary" class="billing__party">
    ${partyLines(locale, details).map((line) => html`<span><bdi>${line}</bdi></span>`)}
  </address>`;
}

/** A party's lines as an invoice prints them (name, company, address, VAT, email). */
export function partyLines(locale: string, party: BillingDetails): string[] {
  const {address} = party;
  const country = countryName(locale, address.country);
  return [
    party.name,
    party.company,
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    country,
    party.taxId ? msg(locale, 'billing.taxId', {taxId: party.taxId}) : null,
    party.email,
  ].filter((line): line is string => Boolean(line));
}

function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames(locale, {type: 'region'}).of(code) ?? code;
  } catch {
    return code;
  }
}

function renderForm({locale, details, controller}: DetailsViewOptions): TemplateResult {
  const value = detailsOrBlank(details);
  const field = (
    name: DetailsField,
    current: string | null,
    options: {autocomplete: string; max: number; type?: string; required?: boolean},
  ) => {
    const error = controller.errors[name];
    return html`<div class="field billing__field--${name}">
      <label class="field__label" for=${`billing-${name}`}
        >${msg(locale, `billing.field.${name}`)}</label
      >
      <input
        part=${`${name}-input`}
        class="input"
        id=${`billing-${name}`}
        name=${name}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        maxlength=${options.max}
        .value=${current ?? ''}
        ?required=${options.required ?? false}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `billing-${name}-error` : nothing}
      />
      ${error ? html`<p part="field-error" class="billing__error" id=${`billing-${name}-error`}>${error}</p>` : nothing}
    </div>`;
  };
  const countryError = controller.errors.country;
  return html`<form
    part="details-form"
    class="billing__form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      void controller.save(event.target as HTMLFormElement);
    }}
  >
    ${field('name', value.name, {autocomplete: 'name', max: 120, required: true})}
    ${field('company', value.company, {autocomplete: 'organization', max: 120})}
    ${field('line1', value.address.line1, {autocomplete: 'address-line1', max: LIMITS.addressLine, required: true})}
    ${field('line2', value.address.line2, {autocomplete: 'address-line2', max: LIMITS.addressLine})}
    ${field('postalCode', value.address.postalCode, {autocomplete: 'postal-code', max: LIMITS.postalCode, required: true})}
    ${field('city', value.address.city, {autocomplete: 'address-level2', max: LIMITS.addressLine, required: true})}
    ${field('region', value.address.region, {autocomplete: 'address-level1', max: LIMITS.addressLine})}
    <div class="field">
      <label class="field__label" for="billing-country"
        >${msg(locale, 'billing.field.country')}</label
      >
      <select
        part="country-input"
        class="input"
        id="billing-country"
        name="country"
        autocomplete="country"
        required
        aria-invalid=${countryError ? 'true' : 'false'}
        aria-describedby=${countryError ? 'billing-country-error' : nothing}
      >
        <option value="" ?selected=${value.address.country === ''}></option>
        ${countryOptions(locale, value.address.country).map(
          ({code, name}) =>
            html`<option value=${code} ?selected=${code === value.address.country}>
              ${name}
            </option>`,
        )}
      </select>
      ${countryError ? html`<p part="field-error" class="billing__error" id="billing-country-error">${countryError}</p>` : nothing}
    </div>
    ${field('taxId', value.taxId, {autocomplete: 'off', max: LIMITS.taxId})}
    ${field('email', value.email, {autocomplete: 'email', max: 254, type: 'email'})}
    ${formActions(locale, {
      submit: {
        label: msg(locale, controller.saving ? 'billing.saving' : 'billing.save'),
        part: 'save-details-button',
        busy: controller.saving,
      },
      cancel: {part: 'details-cancel-button', close: () => controller.cancel()},
      className: 'billing__form-actions',
    })}
  </form>`;
}
