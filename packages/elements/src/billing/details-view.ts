// The billing details: what the next invoices are made out to, and the form that changes it.
import type {BillingDetails} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {renderNotice} from './billing-format.js';
import type {DetailsController} from './details-controller.js';
import type * as DetailsForm from './details-form.js';

export interface DetailsViewOptions {
  readonly locale: string;
  readonly details: BillingDetails | null;
  readonly controller: DetailsController;
  /** The form's module (loaded the first time the member edits), or undefined while it loads. */
  readonly form: typeof DetailsForm | undefined;
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
    ${
      controller.editing
        ? (options.form?.renderDetailsForm(options) ??
          html`<span class="skeleton billing__skeleton-row" aria-hidden="true"></span>`)
        : renderSummary(locale, details)
    }
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
