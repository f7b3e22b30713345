// What the card draws from its data alone: its skeletons, the membership's summary (plan,
// status, validity, next billing), the front desk's contact and the history's panel.
import type {Membership, Space} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {STATUS_BADGE, formatCalendarDate, validity} from './membership-format.js';

/** The card's loading state: the summary's size, so nothing jumps when it arrives. */
export const cardSkeleton = (): TemplateResult =>
  html`<div class="membership-card__head">
      <span class="skeleton membership-card__skeleton-title"></span>
      <span class="skeleton membership-card__skeleton-badge"></span>
    </div>
    <span class="skeleton"></span>
    <span class="skeleton membership-card__skeleton-short"></span>
    <span class="skeleton membership-card__skeleton-bar"></span>
    <span class="skeleton membership-card__skeleton-short"></span>`;

/** The history's loading state, while its memberships or its code load. */
export const historySkeleton = (): TemplateResult =>
  html`<span class="skeleton"></span>
    <span class="skeleton membership-card__skeleton-short"></span>`;

/** The plan's name and status badge, then its validity and next billing. */
export function membershipSummary(locale: string, membership: Membership): TemplateResult {
  return html`<div class="membership-card__head">
      <h2 part="plan-name" class="membership-card__title">${membership.plan.name}</h2>
      <span part="status" class="badge ${STATUS_BADGE[membership.status]}"
        ><span class="visually-hidden">${msg(locale, 'membership.statusLabel')} </span>${msg(
          locale,
          `membership.status.${membership.status}`,
        )}</span
      >
    </div>
    <dl class="membership-card__facts">
      <div class="membership-card__fact">
        <dt>${msg(locale, 'membership.validity')}</dt>
        <dd part="validity">${validity(locale, membership)}</dd>
      </div>
      ${
        membership.nextBilling
          ? html`<div class="membership-card__fact">
              <dt>${msg(locale, 'membership.nextBilling')}</dt>
              <dd part="next-billing">
                ${msg(locale, 'membership.nextBillingValue', {
                  amount: formatMoney(membership.nextBilling.amount, locale),
                  date: formatCalendarDate(locale, membership.nextBilling.on),
                })}
              </dd>
            </div>`
          : nothing
      }
    </dl>`;
}

/** Whom to contact, with their address as a mail link (operator text, never HTML). */
export function contactLine(
  locale: string,
  key: 'membership.contact' | 'membership.contactJoin',
  contact: Space['membershipPolicy']['contact'] | undefined,
): TemplateResult | typeof nothing {
  if (!contact) return nothing;
  return html`<p part="contact" class="membership-card__hint">
    ${msg(locale, key, {name: contact.name})}
    <a class="membership-card__link" href=${`mailto:${contact.email}`}>${contact.email}</a>
  </p>`;
}

/** The history's panel and the button that shows or hides it. */
export interface HistoryPanel {
  readonly open: boolean;
  /** Where the invoices are: a link under the list when open. */
  readonly invoicesHref: string | undefined;
  /** The list in its data state (drawn only while open). */
  readonly body: () => TemplateResult;
  readonly onToggle: () => void;
}

export function historyPanel(
  locale: string,
  {open, invoicesHref, body, onToggle}: HistoryPanel,
): TemplateResult {
  return html`<div class="membership-card__section">
    ${button(
      html`<svg class="membership-card__chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M8.6 5.6 7.2 7l5 5-5 5 1.4 1.4 6.4-6.4z"></path>
        </svg>
        ${msg(locale, 'membership.history')}`,
      {
        class: 'button button--secondary membership-card__toggle',
        part: 'history-button',
        expanded: open,
        controls: 'history',
        onClick: onToggle,
      },
    )}
    <div part="history" class="membership-card__history" id="history" ?hidden=${!open}>
      ${open ? body() : nothing}
      ${
        open && invoicesHref
          ? html`<a part="invoices-link" class="membership-card__invoices-link" href=${invoicesHref}
              >${msg(locale, 'membership.invoicesLink')}</a
            >`
          : nothing
      }
    </div>
  </div>`;
}
