import type {Event as CommunityEvent, PayWith} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {formatTimeRange, msg} from '../i18n/index.js';
import {button, confirmAnswers} from '../internal/button.template.js';
import {inputField} from '../internal/field.template.js';
import {markdown} from '../internal/markdown.js';
import {notice} from '../internal/notice.template.js';
import {radio} from '../internal/radio.template.js';
import {STATUS_BADGE, isActive, priceText, seatsText, statusText} from './events-format.js';
import type {RegistrationController} from './registration-controller.js';

export interface DetailView {
  readonly locale: string;
  readonly timeZone: string | undefined;
  readonly event: CommunityEvent;
  readonly now: number;
  readonly flow: RegistrationController;
  readonly back: () => void;
  readonly download: (event: CommunityEvent) => void;
  /** What a visitor (nobody signed in) can do instead of a member's actions. */
  readonly visitorActions?: TemplateResult | typeof nothing;
}

/** One event: its facts, the description (Markdown, never HTML), and what the member can do. */
export function renderDetail(view: DetailView): TemplateResult {
  const {locale, timeZone, event} = view;
  const place = [event.place.name, event.place.address].filter(Boolean).join(', ');
  return html`<article part="detail" class="events__detail" aria-labelledby="event-title">
    ${button(html`<span aria-hidden="true">‹</span> ${msg(locale, 'events.back')}`, {
      class: 'button button--ghost events__back',
      part: 'back-button',
      onClick: view.back,
    })}
    <p class="events__category">${event.category}</p>
    <h3 id="event-title" class="events__detail-title" tabindex="-1">${event.title}</h3>
    <dl class="events__facts">
      <div>
        <dt>${msg(locale, 'events.when')}</dt>
        <dd>${formatTimeRange(locale, event.start, event.end, timeZone)}</dd>
      </div>
      <div>
        <dt>${msg(locale, 'events.where')}</dt>
        <dd>${place}</dd>
      </div>
      <div>
        <dt>${msg(locale, 'events.price')}</dt>
        <dd part="detail-price">${priceText(locale, event)}</dd>
      </div>
      <div>
        <dt>${msg(locale, 'events.seats')}</dt>
        <dd part="detail-seats">${seatsText(locale, event)}</dd>
      </div>
    </dl>
    <p class="events__audience">
      ${msg(locale, event.audience === 'public' ? 'events.public' : 'events.membersOnly')} ·
      ${msg(locale, 'events.deadline', {date: view.flow.when(event.registrationDeadline, timeZone)})}
    </p>
    <div part="description" class="events__description">
      ${markdown(event.description, {headingLevel: 4})}
    </div>
    ${view.visitorActions ?? renderActions(view)}
  </article>`;
}

function renderActions(view: DetailView): TemplateResult {
  const {locale, event, flow} = view;
  const mine = event.myRegistration;
  const open = view.now <= Date.parse(event.registrationDeadline);
  const ended = view.now >= Date.parse(event.end);
  const outcome = flow.notice ? notice('notice', flow.notice.tone, flow.notice.text) : nothing;
  if (flow.event?.id === event.id) return html`${renderQuote(view)} ${outcome}`;
  const status = isActive(mine)
    ? html`<p part="my-status" class="events__my-status">
        <span class="badge ${STATUS_BADGE[mine.status]}">${statusText(locale, mine)}</span>
        ${
          mine.status === 'waitlisted'
            ? msg(locale, 'events.waitlistNote', {position: mine.waitlistPosition ?? 0})
            : mine.status === 'offered' && mine.offerExpiresAt
              ? msg(locale, 'events.offerUntil', {
                  date: flow.when(mine.offerExpiresAt, view.timeZone),
                })
              : nothing
        }
      </p>`
    : nothing;
  let actions: TemplateResult | typeof nothing = nothing;
  if (flow.cancelling && flow.cancelling === mine?.id) {
    actions = html`<div
      part="cancel-question"
      class="events__question"
      role="group"
      aria-labelledby="cancel-q"
    >
      <p id="cancel-q">${msg(locale, 'events.cancelQuestion', {title: event.title})}</p>
      ${confirmAnswers(
        {
          label: msg(
            locale,
            mine.status === 'waitlisted' ? 'events.leaveWaitlist' : 'events.cancel',
          ),
          part: 'confirm-cancel-button',
          running: flow.busy === 'cancelling',
          run: () => void flow.cancel(event),
        },
        {label: msg(locale, 'events.keep'), part: 'keep-button', keep: () => flow.ask(undefined)},
      )}
    </div>`;
  } else if (isActive(mine) && !ended) {
    actions = html`${
      mine.status === 'offered'
        ? button(msg(locale, 'events.confirmSeat'), {
            class: 'button button--primary',
            part: 'confirm-seat-button',
            busy: flow.busy === 'confirming',
            disabled: flow.busy !== undefined,
            onClick: () => void flow.confirmOffer(event),
          })
        : nothing
    }
    ${
      mine.status !== 'waitlisted'
        ? button(msg(locale, 'events.addToCalendar'), {
            class: 'button button--secondary',
            part: 'calendar-button',
            onClick: () => view.download(event),
          })
        : nothing
    }
    ${
      open
        ? button(
            msg(locale, mine.status === 'waitlisted' ? 'events.leaveWaitlist' : 'events.cancel'),
            {
              class: 'button button--ghost',
              part: 'cancel-button',
              onClick: () => flow.ask(mine.id),
            },
          )
        : nothing
    }`;
  } else if (!ended && open) {
    const full = event.seatsLeft === 0 || event.waitlistLength > 0;
    const label = full
      ? 'events.joinWaitlist'
      : event.price.kind === 'free'
        ? 'events.register'
        : 'events.buyTicket';
    actions = button(msg(locale, label), {
      class: 'button button--primary',
      part: 'register-button',
      onClick: () => void flow.start(event),
    });
  } else if (!ended) {
    actions = html`<p class="events__closed">${msg(locale, 'events.closed')}</p>`;
  }
  return html`${status}
    <div class="events__actions">${actions}</div>
    ${outcome}`;
}

/** The registration form: guests, how to pay, the total and refund rule, then Confirm. */
function renderQuote(view: DetailView): TemplateResult {
  const {locale, event, flow} = view;
  const {quote} = flow;
  const paid = quote !== undefined && (quote.cost.credits > 0 || quote.cost.money !== null);
  const total = !quote
    ? ''
    : quote.cost.money
      ? formatMoney(quote.cost.money, locale)
      : quote.cost.credits > 0
        ? msg(locale, 'events.credits', {count: quote.cost.credits})
        : msg(locale, 'events.free');
  const payOption = (payWith: PayWith) =>
    radio(
      payWith === 'credits'
        ? msg(locale, 'events.payWith.credits', {count: quote?.creditsAvailable ?? 0})
        : msg(locale, `events.payWith.${payWith}`),
      {
        className: 'events__choice',
        name: 'pay-with',
        part: 'pay-with',
        value: payWith,
        checked: flow.payWith === payWith,
        onChange: () => flow.setPayWith(payWith),
      },
    );
  const waiting = quote?.outcome === 'waitlisted';
  const unaffordable =
    paid && !waiting && flow.payWith === 'credits' && quote?.affordable === false;
  return html`<section
    part="quote"
    class="events__quote"
    aria-labelledby="quote-title"
    aria-busy=${flow.busy === 'quoting'}
  >
    <h4 id="quote-title" class="events__quote-title">${msg(locale, 'events.quote.title')}</h4>
    ${
      event.maxGuests > 0
        ? inputField({
            id: 'guests',
            label: msg(locale, 'events.guests'),
            part: 'guests',
            className: 'events__guests',
            type: 'number',
            min: 0,
            max: event.maxGuests,
            value: String(flow.guests),
            inputmode: 'numeric',
            hint: msg(locale, 'events.guestsHint', {count: event.maxGuests}),
            onChange: (e) =>
              flow.setGuests(
                Math.min(
                  event.maxGuests,
                  Math.max(0, Number((e.target as HTMLInputElement).value) || 0),
                ),
              ),
          })
        : nothing
    }
    ${
      !quote
        ? html`<p class="events__hint">${msg(locale, 'events.quote.loading')}</p>`
        : html`${
              paid && event.payWith.length > 0
                ? html`<fieldset class="events__pay">
                    <legend>${msg(locale, 'events.payWith')}</legend>
                    ${event.payWith.map(payOption)}
                  </fieldset>`
                : nothing
            }
            <p part="total" class="events__total">
              <span>${msg(locale, 'events.total')}</span> <strong>${total}</strong>
            </p>
            ${
              paid
                ? html`<p class="events__hint">
                    ${msg(locale, 'events.refundRule', {date: flow.when(quote.freeCancellationUntil, view.timeZone), percent: quote.lateRefundPercent})}
                  </p>`
                : nothing
            }
            ${waiting ? html`<p part="will-wait" class="notice notice--warning">${msg(locale, 'events.willWait', {position: quote.waitlistPosition ?? 0})}</p>` : nothing}
            ${unaffordable ? html`<p class="notice notice--error">${msg(locale, 'events.notAffordable')}</p>` : nothing}`
    }
    <div class="events__actions">
      ${button(msg(locale, flow.busy === 'confirming' ? 'events.confirming' : 'events.confirm'), {
        class: 'button button--primary',
        part: 'confirm-button',
        busy: flow.busy === 'confirming',
        disabled: !quote || flow.busy !== undefined || unaffordable,
        onClick: () => void flow.confirm(),
      })}
      ${button(msg(locale, 'events.notNow'), {class: 'button button--ghost', part: 'back-to-event-button', onClick: () => flow.back()})}
    </div>
  </section>`;
}
