import type {Membership, Payment} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, type TemplateResult} from 'lit';
import {formatDay, msg} from '../i18n/index.js';
import {PAYMENT_BADGE, STATUS_BADGE, validity} from './membership-format.js';

// The history's code loads the first time a member opens it (membership-card.component.ts):
// until then the panel shows its loading state, as while the memberships load.

/** Every membership, newest first, each with its dates, status and payments. */
export function renderHistory(
  locale: string,
  memberships: readonly Membership[],
  timeZone: string | undefined,
): TemplateResult {
  if (memberships.length === 0) return emptyHint(locale, 'membership.historyEmpty');
  return html`<ol class="membership-card__history-list">
    ${memberships.map(
      (membership) =>
        html`<li part="history-item" class="membership-card__history-item">
          <div class="membership-card__plan-head">
            <span class="membership-card__plan-name">${membership.plan.name}</span>
            <span class="badge ${STATUS_BADGE[membership.status]}"
              >${msg(locale, `membership.status.${membership.status}`)}</span
            >
          </div>
          <p class="membership-card__hint">${validity(locale, membership)}</p>
          ${renderPayments(locale, membership.payments, timeZone)}
        </li>`,
    )}
  </ol>`;
}

function renderPayments(
  locale: string,
  payments: readonly Payment[],
  timeZone: string | undefined,
): TemplateResult {
  if (payments.length === 0) return emptyHint(locale, 'membership.noPayments');
  return html`<ul
    class="membership-card__payments"
    aria-label=${msg(locale, 'membership.payments')}
  >
    ${payments.map(
      (payment) =>
        html`<li class="membership-card__payment">
          <span class="membership-card__payment-what">
            <span>${payment.description}</span>
            <span class="membership-card__hint"
              >${formatDay(locale, payment.paidAt ?? payment.createdAt, timeZone)}</span
            >
          </span>
          <span class="membership-card__payment-how">
            <span class="membership-card__amount">${formatMoney(payment.amount, locale)}</span>
            <span class="badge ${PAYMENT_BADGE[payment.status]}"
              >${msg(locale, `membership.payment.${payment.status}`)}</span
            >
          </span>
        </li>`,
    )}
  </ul>`;
}

/** What an empty list shows in its place. */
function emptyHint(
  locale: string,
  key: 'membership.historyEmpty' | 'membership.noPayments',
): TemplateResult {
  return html`<p class="membership-card__hint">${msg(locale, key)}</p>`;
}
