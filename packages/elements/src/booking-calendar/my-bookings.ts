// "My bookings": upcoming and past, with cost and status; cancel with the refund the policy
// gives shown first; add to calendar (.ics). Renders inside the calendar.
import './booking-calendar.messages.js';
import {isPorticoError, type Booking, type PorticoError, type Space} from '@portico/sdk';
import {bookingsQuery, cancelBooking} from '@portico/sdk/bookings';
import {cancellationRefund, formatMoney} from '@portico/sdk/domain';
import {downloadIcs} from '../internal/download-ics.js';
import {html, nothing, type TemplateResult} from 'lit';
import {formatTimeRange, msg} from '../i18n/index.js';
import {button, confirmAnswers} from '../internal/button.template.js';
import type {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {retryNotice} from '../internal/retry-notice.js';
import {notice} from '../internal/notice.template.js';
import {failureText} from '../internal/failure-text.js';

type Tab = 'upcoming' | 'past';

export class MyBookings {
  readonly #host: PorticoClientElement & {readonly showMine: boolean};
  readonly #query: QueryController<{items: Booking[]; nextCursor: string | null}>;
  tab: Tab = 'upcoming';
  /** The booking whose cancellation is being confirmed. */
  confirming: string | null = null;
  cancelling = false;
  message: {kind: 'success' | 'error'; text: string} | null = null;

  constructor(host: PorticoClientElement & {readonly showMine: boolean}) {
    this.#host = host;
    this.#query = new QueryController(host, (client) =>
      client.session.isLoggedIn && host.showMine ? bookingsQuery(client, {limit: 100}) : undefined,
    );
  }

  render(locale: string, space: Space, now: number): TemplateResult | typeof nothing {
    if (!this.#query.active) return nothing;
    const {data, error, status} = this.#query.state;
    return html`<section part="my-bookings" class="mine" aria-labelledby="mine-title">
      <h3 id="mine-title" class="mine__title">${msg(locale, 'calendar.mine.title')}</h3>
      <div class="mine__tabs" role="group" aria-labelledby="mine-title">
        ${(['upcoming', 'past'] as const).map((tab) =>
          button(msg(locale, `calendar.mine.${tab}`), {
            class: 'button button--ghost mine__tab',
            pressed: this.tab === tab,
            onClick: () => this.#setTab(tab),
          }),
        )}
      </div>
      ${this.message ? notice('mine-message', this.message.kind, this.message.text) : nothing}
      ${
        data
          ? this.#list(data.items, locale, space, now)
          : status === 'error'
            ? retryNotice(locale, 'calendar.mine.error', error, () => this.#query.retry())
            : html`<p class="skeleton mine__skeleton" aria-hidden="true"></p>`
      }
    </section>`;
  }

  #setTab(tab: Tab): void {
    this.tab = tab;
    this.confirming = null;
    this.#host.requestUpdate();
  }

  #list(items: readonly Booking[], locale: string, space: Space, now: number): TemplateResult {
    const shown = items
      .filter((b) => (this.tab === 'upcoming' ? Date.parse(b.end) > now : Date.parse(b.end) <= now))
      .sort((a, b) =>
        this.tab === 'upcoming'
          ? Date.parse(a.start) - Date.parse(b.start)
          : Date.parse(b.start) - Date.parse(a.start),
      );
    if (shown.length === 0)
      return html`<p class="mine__empty">${msg(locale, 'calendar.mine.empty')}</p>`;
    return html`<ul class="mine__list">
      ${shown.map((b) => this.#item(b, locale, space, now))}
    </ul>`;
  }

  #item(b: Booking, locale: string, space: Space, now: number): TemplateResult {
    const badge = {confirmed: 'success', pending_approval: 'warning', cancelled: 'info'}[b.status];
    const cancellable = b.status !== 'cancelled' && Date.parse(b.start) > now;
    return html`<li class="mine__item" data-booking=${b.id}>
      <div class="mine__what">
        <strong>${b.resourceName}</strong>
        <span>${formatTimeRange(locale, b.start, b.end, space.timeZone)}</span>
        <span class="mine__cost">${costText(b.cost, locale)}</span>
        <span class="badge badge--${badge}"
          >${msg(locale, `calendar.mine.status.${b.status}`)}</span
        >
      </div>
      <div class="mine__actions">
        ${
          b.status !== 'cancelled'
            ? button(msg(locale, 'calendar.mine.ics'), {
                class: 'button button--ghost',
                part: 'ics-button',
                onClick: () => this.#download(b, space, now),
              })
            : nothing
        }
        ${
          cancellable && this.confirming !== b.id
            ? button(msg(locale, 'calendar.mine.cancel'), {
                class: 'button button--secondary',
                part: 'cancel-button',
                onClick: () => this.#ask(b.id),
              })
            : nothing
        }
      </div>
      ${this.confirming === b.id ? this.#confirm(b, locale, space, now) : nothing}
    </li>`;
  }

  #confirm(b: Booking, locale: string, space: Space, now: number): TemplateResult {
    const refund = cancellationRefund({
      start: b.start,
      now: new Date(now).toISOString(),
      policy: space.cancellationPolicy,
      paid: b.cost,
      timeZone: space.timeZone,
    });
    if (!refund.allowed) {
      return html`<p class="notice notice--warning">${msg(locale, 'calendar.mine.started')}</p>`;
    }
    return html`<div class="mine__confirm notice notice--warning" part="cancel-confirm">
      <p>${refundText(b.cost, refund, locale)}</p>
      ${confirmAnswers(
        {
          label: msg(locale, 'calendar.mine.cancelConfirm'),
          part: 'cancel-confirm-button',
          running: this.cancelling,
          run: () => this.#cancel(b),
        },
        {label: msg(locale, 'calendar.mine.keep'), keep: () => this.#ask(null)},
      )}
    </div>`;
  }

  #ask(id: string | null): void {
    this.confirming = id;
    this.message = null;
    this.#host.requestUpdate();
  }

  async #cancel(b: Booking): Promise<void> {
    const client = this.#host.resolvedClient;
    if (!client || this.cancelling) return;
    this.cancelling = true;
    this.#host.requestUpdate();
    const locale = this.#host.resolvedLang;
    try {
      const result = await cancelBooking(client, b.id);
      this.message = {
        kind: 'success',
        text: msg(locale, 'calendar.mine.cancelled', {
          resource: b.resourceName,
          percent: result.refund.percent,
        }),
      };
      this.confirming = null;
      this.#host.emit('portico-booking-cancelled', {detail: result});
    } catch (error) {
      const e: PorticoError | undefined = isPorticoError(error) ? error : undefined;
      this.message = {
        kind: 'error',
        text: failureText(locale, 'calendar.mine.cancelFailed', e),
      };
    } finally {
      this.cancelling = false;
      this.#host.requestUpdate();
    }
  }

  #download(b: Booking, space: Space, now: number): void {
    void downloadIcs(`${b.id}.ics`, {
      booking: b,
      timeZone: space.timeZone,
      location: `${space.name}, ${space.address}`,
      now: new Date(now).toISOString(),
    });
  }
}

/** What cancelling now gives back: never "free" for a paid booking that refunds nothing. */
export function refundText(paid: Cost, refund: Cost & {percent: number}, locale: string): string {
  if (isFree(paid)) return msg(locale, 'calendar.mine.freeCancel');
  if (isFree(refund)) {
    return msg(locale, 'calendar.mine.noRefund', {
      percent: refund.percent,
      paid: costText(paid, locale),
    });
  }
  return msg(locale, 'calendar.mine.refund', {
    percent: refund.percent,
    amount: costText(refund, locale),
  });
}

type Cost = {credits: number; money: {amount: number; currency: string} | null};

/** Neither money nor credits. */
const isFree = (cost: Cost): boolean => !(cost.money && cost.money.amount > 0) && cost.credits <= 0;

/** `4 credits`, `€25.00`, or "free". */
export function costText(cost: Cost, locale: string): string {
  if (cost.money && cost.money.amount > 0) return formatMoney(cost.money, locale);
  if (cost.credits > 0) return msg(locale, 'calendar.panel.costCredits', {count: cost.credits});
  return msg(locale, 'calendar.mine.free');
}
