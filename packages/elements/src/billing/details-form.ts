// The billing details form: a lazy chunk, loaded the first time the member edits (most visits
// never do), with the countries and the VAT number formats it checks.
import {endpoints} from '@portico/sdk/billing';
import {checkTaxId} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {inputField} from '../internal/field.template.js';
import {countryOptions} from './countries.js';
import {detailsOrBlank, taxIdMessage, type DetailsField} from './details-controller.js';
import type {DetailsViewOptions} from './details-view.js';
import {formActions} from '../internal/form-actions.template.js';
import {scriptedForm} from '../internal/form.template.js';

/** What the server accepts, read from the route (`PATCH /me/billing-details`). */
const LIMITS = endpoints.updateBillingDetails.limits;

const REQUIRED: readonly DetailsField[] = ['name', 'line1', 'postalCode', 'city', 'country'];

/** What is wrong with the form's values: required fields, and the VAT number for its country. */
export function checkDetails(
  locale: string,
  value: (field: DetailsField) => string,
): Partial<Record<DetailsField, string>> {
  const errors: Partial<Record<DetailsField, string>> = {};
  for (const field of REQUIRED) if (!value(field)) errors[field] = msg(locale, 'billing.required');
  const taxId = value('taxId');
  if (taxId && value('country')) {
    const check = checkTaxId(taxId, value('country'));
    if (!check.ok) errors.taxId = taxIdMessage(locale, check.example);
  }
  return errors;
}

export function renderDetailsForm({
  locale,
  details,
  controller,
}: DetailsViewOptions): TemplateResult {
  const value = detailsOrBlank(details);
  const field = (
    name: DetailsField,
    current: string | null,
    options: {autocomplete: string; max: number; type?: string; required?: boolean},
  ) => {
    const error = controller.errors[name];
    return inputField({
      id: `billing-${name}`,
      label: msg(locale, `billing.field.${name}`),
      part: `${name}-input`,
      name,
      fieldClass: `billing__field--${name}`,
      type: options.type,
      autocomplete: options.autocomplete,
      maxlength: options.max,
      value: current ?? '',
      required: options.required,
      validated: true,
      error: error ? {text: error, className: 'billing__error', part: 'field-error'} : undefined,
    });
  };
  const countryError = controller.errors.country;
  return scriptedForm(
    {
      part: 'details-form',
      className: 'billing__form',
      novalidate: true,
      onSubmit: (event) =>
        void controller.save(event.target as HTMLFormElement, (value) =>
          checkDetails(locale, value),
        ),
    },
    html`${field('name', value.name, {autocomplete: 'name', max: 120, required: true})}
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
      ${formActions({
        className: 'billing__actions billing__form-actions',
        submit: {
          label: msg(locale, controller.saving ? 'billing.saving' : 'billing.save'),
          part: 'save-details-button',
          busy: controller.saving,
        },
        cancel: {
          label: msg(locale, 'billing.cancel'),
          part: 'details-cancel-button',
          close: () => controller.cancel(),
        },
      })}`,
  );
}
