// The booking panel under the grid: the selected time, why it cannot be booked, or the
// server's quote, note, repeat and Confirm; then the outcome with its next step.
import type {CreditUse, Space} from '@portico/sdk';
import {endpoints} from '@portico/sdk/bookings';
import {html, nothing, type TemplateResult} from 'lit';
import {formatDateTime, formatDay, formatTimeRange, msg} from '../i18n/index.js';
import type {LazyModule} from '../internal/lazy-module.js';
import {acceptTermsButton, termsLink} from '../internal/terms.template.js';
import {draftField} from '../internal/draft-field.template.js';
import {failureText} from '../internal/failure-text.js';
import type {BookingFlow, BookingOutcome, RepeatForm} from './booking-flow.js';
import type * as Recurrence from './booking-recurrence.template.js';
import {isBookingRuleCode} from './booking-rule-codes.js';

/** The request's limits, as the route declares them. */
const BOOKING_LIMITS = endpoints.createBooking.limits;
import type {ResolvedSelection} from './calendar-selection.js';
import {costText} from './my-bookings.js';

export interface PanelInput {
  readonly locale: string;
  readonly space: Space;
  /** The calendar's clock (epoch ms): a free-cancellation deadline already past is not offered. */
  readonly now: number;
  readonly selection: ResolvedSelection | null;
  readonly flow: BookingFlow;
  readonly signedIn: boolean;
  /** The selection was taken by someone else meanwhile (realtime). */
  readonly taken: boolean;
  readonly onConfirm: () => void;
  readonly onAcceptTerms: () => void;
  readonly onClear: () => void;
  readonly onSignIn: () => void;
  readonly onBuyCredits: () => void;
  readonly onRepeat: (repeat: Partial<RepeatForm>) => void;
  /** How a repeat ends: a form most bookings never open, its code loaded when it is. */
  readonly recurrence: LazyModule<typeof Recurrence>;
  readonly onRetryQuote: () => void;
  /** Confirm (or its way out) lives in the sticky summary bar instead (narrow widths). */
  readonly actionInBar: boolean;
}

/** The words for a selection's issue, with the resource's numbers. */
export function issueText(locale: string, selection: ResolvedSelection, code: string): string {
  const {rules} = selection.resource;
  const params = {
    minutes:
      code === 'buffer'
        ? rules.bufferMinutes
        : code === 'invalid_time_range'
          ? rules.slotMinutes
          : rules.minimumNoticeMinutes,
    days: rules.advanceDays,
    min: rules.minMinutes,
    max: rules.maxMinutes,
  };
  // Every issue code has a message (the i18n test checks both catalogs); unused params are ignored.
  const text = msg as (locale: string, key: string, params: Record<string, number>) => string;
  return text(locale, `calendar.issue.${code}`, params);
}

export function renderPanel(input: PanelInput): TemplateResult | typeof nothing {
  const {locale, selection, flow} = input;
  const outcome = flow.outcome ? renderOutcome(input, flow.outcome) : nothing;
  const taken = input.taken
    ? html`<p class="notice notice--warning" part="taken">
        ${msg(locale, 'calendar.selectionTaken')}
      </p>`
    : nothing;
  if (!selection) return html`${taken}${outcome}`;
  const when = formatTimeRange(locale, selection.start, selection.end, input.space.timeZone);
  return html`<section part="panel" class="panel" aria-labelledby="panel-title">
    <h3 id="panel-title" class="panel__title">${msg(locale, 'calendar.panel.title')}</h3>
    <p class="panel__when">
      ${msg(locale, 'calendar.selected', {resource: selection.resource.name, when})}
    </p>
    ${
      selection.adjusted
        ? html`<p class="panel__hint">
            ${msg(locale, `calendar.adjusted.${selection.adjusted}`, {minutes: selection.minutes})}
          </p>`
        : nothing
    }
    ${taken}
    ${
      selection.issue
        ? html`<p class="notice notice--warning" part="issue">
            ${issueText(locale, selection, selection.issue)}
          </p>`
        : input.signedIn
          ? renderBooking(input, selection)
          : html`<p class="notice notice--info">${msg(locale, 'calendar.panel.signIn')}</p>
              <button type="button" class="button button--primary" @click=${input.onSignIn}>
                ${msg(locale, 'state.signIn')}
              </button>`
    }
    ${outcome}
    <button type="button" class="button button--ghost panel__clear" @click=${input.onClear}>
      ${msg(locale, 'calendar.panel.clear')}
    </button>
  </section>`;
}

/** Which credits the booking spends (the server's order: soonest to expire first). */
function renderCreditsUsed(
  locale: string,
  uses: readonly CreditUse[],
  timeZone: string,
): TemplateResult | typeof nothing {
  if (uses.length === 0) return nothing;
  const describe = (use: CreditUse) => {
    const credits = msg(locale, `calendar.panel.use.${use.source}`, {count: use.amount});
    return use.expiresAt
      ? msg(locale, 'calendar.panel.useUntil', {
          credits,
          date: formatDay(locale, use.expiresAt, timeZone),
        })
      : credits;
  };
  const [only] = uses;
  // One source reads as a sentence; several as a list, in the order they are spent.
  return uses.length === 1 && only
    ? html`<p part="credits-used">${msg(locale, 'calendar.panel.paidWith')} ${describe(only)}.</p>`
    : html`<div class="panel__credits-used" part="credits-used">
        <span id="credits-used-label">${msg(locale, 'calendar.panel.paidWith')}</span>
        <ul aria-labelledby="credits-used-label">
          ${uses.map((use) => html`<li>${describe(use)}</li>`)}
        </ul>
      </div>`;
}

function renderBooking(input: PanelInput, selection: ResolvedSelection): TemplateResult {
  const {locale, flow, space} = input;
  const quote = flow.quote;
  let details: TemplateResult;
  if (quote.status === 'ready') {
    const q = quote.quote;
    details = html`<div class="panel__quote" part="quote">
      <p class="panel__cost">
        <strong>${costText(q.cost, locale)}</strong>
        ${
          q.occurrences.length > 1
            ? html` · ${msg(locale, 'calendar.panel.occurrences', {count: q.occurrences.length})}`
            : nothing
        }
      </p>
      ${
        q.occurrences.length > 1
          ? html`<ul class="panel__occurrences" part="occurrences">
              ${q.occurrences.map(
                (o) => html`<li>${formatTimeRange(locale, o.start, o.end, space.timeZone)}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${renderCreditsUsed(locale, q.creditsUsed, space.timeZone)}
      ${
        q.cost.credits > 0
          ? html`<p>${msg(locale, 'calendar.panel.balance', {count: q.creditsAvailable})}</p>`
          : nothing
      }
      <p>
        ${
          Date.parse(q.freeCancellationUntil) > input.now
            ? msg(locale, 'calendar.panel.policy', {
                date: formatDateTime(locale, q.freeCancellationUntil, space.timeZone),
                percent: q.lateRefundPercent,
              })
            : msg(locale, 'calendar.panel.policyLate', {percent: q.lateRefundPercent})
        }
      </p>
      ${
        q.requiresApproval
          ? html`<p class="notice notice--info">${msg(locale, 'calendar.panel.approval')}</p>`
          : nothing
      }
      ${
        q.affordable
          ? nothing
          : html`<p class="notice notice--warning">
              ${msg(locale, 'calendar.panel.unaffordable')}
            </p>`
      }
    </div>`;
  } else if (quote.status === 'error') {
    const code = quote.error?.code ?? '';
    details = isBookingRuleCode(code)
      ? html`<p class="notice notice--warning" part="issue">
          ${issueText(locale, selection, code)}
        </p>`
      : // The price could not be fetched (offline, server down): say so, and offer to ask again.
        html`<p class="notice notice--warning" part="issue">
            ${failureText(locale, 'calendar.panel.quoteFailed', quote.error)}
          </p>
          <button type="button" class="button" part="retry-quote" @click=${input.onRetryQuote}>
            ${msg(locale, 'state.retry')}
          </button>`;
  } else {
    details = html`<p class="panel__quoting" aria-busy="true">
      ${msg(locale, 'calendar.panel.quoting')}
    </p>`;
  }
  const r = flow.repeat;
  return html`${details}
    ${draftField({
      label: msg(locale, 'calendar.panel.note'),
      part: 'note',
      rows: 2,
      maxlength: BOOKING_LIMITS.note,
      value: flow.note,
      onInput: (note) => (flow.note = note),
    })}
    <fieldset class="panel__repeat">
      <legend class="field__label">${msg(locale, 'calendar.panel.repeat')}</legend>
      <select
        class="input"
        part="repeat"
        aria-label=${msg(locale, 'calendar.panel.repeat')}
        @change=${(e: Event) =>
          input.onRepeat({
            frequency: (e.target as HTMLSelectElement).value as RepeatForm['frequency'],
          })}
      >
        <option value="none" ?selected=${r.frequency === 'none'}>
          ${msg(locale, 'calendar.panel.repeatNone')}
        </option>
        <option value="daily" ?selected=${r.frequency === 'daily'}>
          ${msg(locale, 'calendar.panel.repeatDaily')}
        </option>
        <option value="weekly" ?selected=${r.frequency === 'weekly'}>
          ${msg(locale, 'calendar.panel.repeatWeekly')}
        </option>
      </select>
      ${
        r.frequency === 'none'
          ? nothing
          : (input.recurrence.get()?.renderEnds(input, r) ??
            html`<div class="panel__ends" aria-busy="true">
              <span class="skeleton input panel__count"></span>
            </div>`)
      }
    </fieldset>
    ${input.actionInBar ? nothing : renderAction(input)}`;
}

/**
 * The panel's step forward: Confirm; or, when the quote says the credits fall short, the way
 * out (buy credits, then come back to this selection) instead of a Confirm that would fail.
 * (The API has no card payment for bookings, so credits are the only way out.)
 */
export function renderAction(input: PanelInput): TemplateResult {
  const {locale, flow} = input;
  const quote = flow.quote;
  if (quote.status === 'ready' && !quote.quote.affordable) return buyCreditsButton(input);
  const approval = quote.status === 'ready' && quote.quote.requiresApproval;
  return html`<button
    type="button"
    class="button button--primary"
    part="confirm-button"
    aria-disabled=${flow.busy || quote.status !== 'ready' ? 'true' : 'false'}
    @click=${input.onConfirm}
  >
    ${
      flow.busy
        ? msg(locale, 'calendar.panel.working')
        : msg(locale, approval ? 'calendar.panel.request' : 'calendar.panel.confirm')
    }
  </button>`;
}

/** The way out when credits fall short: buy some, then come back to this selection. */
function buyCreditsButton(input: PanelInput): TemplateResult {
  return html`<button
    type="button"
    class="button button--primary"
    part="buy-credits-button"
    @click=${input.onBuyCredits}
  >
    ${msg(input.locale, 'calendar.outcome.buyCredits')}
  </button>`;
}

/** The outcome in words: shown in the panel and said by the live region. */
export function outcomeText(
  locale: string,
  space: Space,
  outcome: BookingOutcome,
  selection: ResolvedSelection | null,
): string {
  switch (outcome.kind) {
    case 'confirmed':
    case 'pending': {
      const first = outcome.created.bookings[0];
      const when = first ? formatTimeRange(locale, first.start, first.end, space.timeZone) : '';
      const key =
        outcome.kind === 'pending' ? 'calendar.outcome.pending' : 'calendar.outcome.confirmed';
      return msg(locale, key, {resource: first?.resourceName ?? '', when});
    }
    case 'taken':
      return msg(locale, 'calendar.outcome.taken');
    case 'credits':
      return msg(locale, 'calendar.outcome.credits', {
        required: outcome.required,
        available: outcome.available,
      });
    case 'terms':
      return msg(locale, 'calendar.outcome.terms');
    case 'rule':
      return selection
        ? issueText(locale, selection, outcome.code)
        : msg(locale, 'calendar.outcome.failed');
    case 'failed':
      return failureText(locale, 'calendar.outcome.failed', outcome.error);
  }
}

function renderOutcome(input: PanelInput, outcome: BookingOutcome): TemplateResult {
  const {locale, space} = input;
  const text = outcomeText(locale, space, outcome, input.selection);
  switch (outcome.kind) {
    case 'confirmed':
    case 'pending':
      return html`<p class="notice notice--success" part="outcome" tabindex="-1">${text}</p>`;
    case 'credits':
      return html`<div class="notice notice--error" part="outcome" tabindex="-1">
        <p>${text}</p>
        ${buyCreditsButton(input)}
      </div>`;
    case 'terms':
      return html`<div class="notice notice--warning" part="outcome" tabindex="-1">
        <p>${text}</p>
        ${termsLink(space, msg(locale, 'calendar.outcome.readTerms'))}
        ${acceptTermsButton(
          input.flow.terms,
          msg(locale, 'calendar.outcome.acceptTerms'),
          input.onAcceptTerms,
        )}
      </div>`;
    default:
      return html`<p class="notice notice--error" part="outcome" tabindex="-1">${text}</p>`;
  }
}
