import type {BillingDetails, BillingDetailsInput} from '@portico/sdk';
import {isPorticoError} from '@portico/sdk';
import {updateBillingDetails} from '@portico/sdk/billing';
import {msg, resolveLocale} from '../i18n/index.js';
import {formFields} from '../internal/form-fields.js';
import {problemText, type BillingNotice} from './billing-format.js';
import {BillingController} from './billing-controller.js';

/** The form's fields, by their `name`. */
export type DetailsField =
  | 'name'
  | 'company'
  | 'line1'
  | 'line2'
  | 'postalCode'
  | 'city'
  | 'region'
  | 'country'
  | 'taxId'
  | 'email';

/**
 * The billing details form: the whole record is sent (`PATCH` replaces it), the tax number is
 * checked for its country before it is (the server's `invalid_tax_id` lands on the same field),
 * and issued invoices keep the details of their day.
 */
export class DetailsController extends BillingController<
  Pick<DetailsController, 'editing' | 'saving' | 'errors' | 'notice'>
> {
  editing = false;
  saving = false;
  /** A message per field that is wrong. */
  errors: Partial<Record<DetailsField, string>> = {};
  notice: BillingNotice | undefined;

  edit(): void {
    this.set({editing: true, errors: {}, notice: undefined});
  }

  cancel(): void {
    this.set({editing: false, errors: {}});
  }

  /**
   * Sends the form's record, once `check` (the form module's, with the VAT number's format per
   * country) finds nothing wrong.
   */
  async save(
    form: HTMLFormElement,
    check: (value: (field: DetailsField) => string) => Partial<Record<DetailsField, string>>,
  ): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.saving) return;
    const locale = resolveLocale(this.host.resolvedLang);
    const {text: value, optional} = formFields<DetailsField>(form);
    const errors = check(value);
    const taxId = value('taxId');
    if (Object.keys(errors).length > 0) {
      this.set({errors, notice: undefined});
      this.#focusFirstError(form, errors);
      return;
    }
    const body: BillingDetailsInput = {
      name: value('name'),
      company: optional('company'),
      address: {
        line1: value('line1'),
        line2: optional('line2'),
        postalCode: value('postalCode'),
        city: value('city'),
        region: optional('region'),
        country: value('country'),
      },
      taxId: taxId || null,
      email: optional('email'),
    };
    this.set({saving: true, errors: {}, notice: undefined});
    try {
      await updateBillingDetails(client, body);
      const text = msg(locale, 'billing.saved');
      this.tell('success', text, {saving: false, editing: false});
    } catch (error) {
      if (isPorticoError(error) && error.code === 'invalid_tax_id') {
        const fieldErrors = {taxId: taxIdMessage(locale, null)};
        this.set({saving: false, errors: fieldErrors});
        this.#focusFirstError(form, fieldErrors);
        return;
      }
      const text = problemText(locale, error);
      this.tell('error', text, {saving: false});
    }
  }

  #focusFirstError(form: HTMLFormElement, errors: Partial<Record<DetailsField, string>>): void {
    const first = Object.keys(errors)[0];
    void this.host.updateComplete.then(() =>
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus(),
    );
  }
}

/** "This is not a valid VAT number for this country.", with an example when one is known. */
export function taxIdMessage(locale: string, example: string | null): string {
  const text = msg(locale, 'billing.problem.invalid_tax_id');
  return example ? `${text} ${msg(locale, 'billing.taxIdExample', {example})}` : text;
}

/** What the form starts from: the saved details, or a blank record. */
export function detailsOrBlank(details: BillingDetails | null): BillingDetails {
  return (
    details ?? {
      name: '',
      company: null,
      address: {line1: '', line2: null, postalCode: '', city: '', region: null, country: ''},
      taxId: null,
      email: null,
    }
  );
}
