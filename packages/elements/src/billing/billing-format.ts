// How billing shows money, a saved method and an invoice's status: shared by its views.
import {isPorticoError, type InvoiceStatus, type PaymentMethod} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {errorReason} from '../internal/error-message.js';

/** Integer minor units of `currency`, in the member's language (`€36.00`, `36,00 €`). */
export const money = (locale: string, amount: number, currency: string) =>
  formatMoney({amount, currency}, locale);

/** `2000` basis points → `20 %` (fr) / `20%` (en). */
export const taxRate = (locale: string, rate: number) =>
  new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 2}).format(rate / 10_000);

const BRANDS: Readonly<Record<string, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
};

/** "Visa ending in 4242", "Bank account ending in 3000". */
export function methodLabel(locale: string, method: PaymentMethod): string {
  if (method.type === 'sepa_debit') return msg(locale, 'billing.bank', {last4: method.last4});
  const brand = method.brand ? (BRANDS[method.brand] ?? method.brand) : '';
  return msg(locale, 'billing.card', {brand, last4: method.last4});
}

/** The badge tone of each status: what is late is an error, what is due a warning. */
const TONES: Readonly<Record<InvoiceStatus, string>> = {
  open: 'badge--warning',
  overdue: 'badge--error',
  paid: 'badge--success',
  void: '',
  refunded: '',
  credit_note: 'badge--info',
};

export function statusBadge(locale: string, status: InvoiceStatus): TemplateResult {
  return html`<span class="badge ${TONES[status]} billing__status" data-status=${status}
    >${msg(locale, `billing.status.${status}`)}</span
  >`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day of an invoice, always with its year (`20 Nov 2026`): an invoice is a record
 * read years later, and an accountant matches it by date.
 */
export function invoiceDay(locale: string, day: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T12:00:00Z`));
}

/** The problems billing's actions explain in their own words (the rest: the shared reasons). */
const PROBLEMS = [
  'invoice_not_payable',
  'unknown_payment_method',
  'last_payment_method',
  'invalid_tax_id',
  'statement_too_long',
  'no_payment_method',
] as const;

/** Why an action failed, for the member: billing's own problems by code, else the shared reason. */
export function problemText(locale: string, error: unknown): string {
  const code = isPorticoError(error) ? error.code : undefined;
  const known = PROBLEMS.find((problem) => problem === code);
  if (known) return msg(locale, `billing.problem.${known}`);
  const reason = isPorticoError(error) ? error : undefined;
  return `${msg(locale, 'billing.actionError')} ${msg(locale, errorReason(reason))}`;
}

/** An action's outcome, shown beside what it was about. */
export interface BillingNotice {
  readonly tone: 'success' | 'error';
  readonly text: string;
}

/** An outcome as a notice: `part="<name>"`, plus `<name>-success` or `<name>-error`. */
export function renderNotice(
  notice: BillingNotice | undefined,
  name: string,
): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  // Focusable by script: an outcome that replaces the button pressed takes its focus.
  return html`<p
    part="${name} ${name}-${notice.tone}"
    class="notice notice--${notice.tone} billing__notice"
    tabindex="-1"
  >
    ${notice.text}
  </p>`;
}
