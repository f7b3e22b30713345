// What is coming or awaited: a scheduled plan change or cancellation (with Undo), and what a
// pending membership waits for (with Pay when it is an unpaid order).
import type {Membership} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import type {MembershipChangeController} from './membership-change-controller.js';
import {formatCalendarDate} from './membership-format.js';

/** What Undo and Pay do, and whether an action is under way. */
export interface PendingActions {
  readonly busy: MembershipChangeController['busy'];
  undoChange(membership: Membership): Promise<void>;
  undoCancel(membership: Membership): Promise<void>;
  pay(membership: Membership): Promise<void>;
}

/** A coming plan change or cancellation, with Undo. */
export function renderScheduled(
  locale: string,
  membership: Membership,
  change: PendingActions,
): TemplateResult | typeof nothing {
  const {scheduledChange, cancellation} = membership;
  if (!scheduledChange && !cancellation) return nothing;
  const busy = change.busy !== undefined;
  const [text, hidden, undo] = scheduledChange
    ? [
        msg(locale, 'membership.changesTo', {
          plan: scheduledChange.plan.name,
          date: formatCalendarDate(locale, scheduledChange.on),
        }),
        msg(locale, 'membership.undoChangeHidden', {plan: scheduledChange.plan.name}),
        () => void change.undoChange(membership),
      ]
    : [
        msg(locale, 'membership.endsOn', {
          date: formatCalendarDate(locale, cancellation?.endsOn ?? ''),
        }),
        msg(locale, 'membership.undoCancelHidden'),
        () => void change.undoCancel(membership),
      ];
  return html`<div class="membership-card__scheduled">
    <p part="scheduled" class="badge badge--warning">${text}</p>
    ${button(
      html`${msg(locale, 'membership.undo')}<span class="visually-hidden"> ${hidden}</span>`,
      {
        class: 'button button--secondary',
        part: 'undo-button',
        disabled: busy,
        onClick: () => !busy && undo(),
      },
    )}
  </div>`;
}

/** What a pending membership waits for, and a Pay button when it is an unpaid order. */
export function renderAwaiting(
  locale: string,
  membership: Membership,
  change: PendingActions,
): TemplateResult | typeof nothing {
  if (membership.status !== 'pending' || !membership.awaiting) return nothing;
  const busy = change.busy !== undefined;
  return html`<div class="membership-card__scheduled">
    <p part="awaiting" class="membership-card__hint">
      ${msg(locale, `membership.awaiting.${membership.awaiting}`)}
    </p>
    ${
      membership.orderId
        ? button(
            msg(locale, 'membership.payNow', {amount: formatMoney(membership.plan.price, locale)}),
            {
              class: 'button button--primary',
              part: 'pay-button',
              disabled: busy,
              busy: change.busy === 'paying',
              onClick: () => !busy && void change.pay(membership),
            },
          )
        : nothing
    }
  </div>`;
}
