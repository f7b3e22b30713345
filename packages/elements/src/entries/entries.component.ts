import './entries.messages.js';
import {isPorticoError, type Entries, type Membership} from '@portico/sdk';
import {checkIn, entriesQuery} from '@portico/sdk/entries';
import {membershipQuery, plansQuery} from '@portico/sdk/membership';
import {productsQuery} from '@portico/sdk/shop';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {formatCalendarDay, formatTime, msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {progressBar} from '../internal/progress-bar.template.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import type {Refusals} from '../internal/action-controller.js';
import {refusalText} from '../internal/failure-text.js';
import styles from './entries.styles.js';

/** Why a check-in was refused, by the error's code. */
const CHECK_IN_REFUSALS: Refusals = {
  no_entries_left: 'entries.noneLeft',
  no_active_membership: 'entries.notActive',
  terms_not_accepted: 'entries.termsNeeded',
  outside_opening_hours: 'entries.closed',
};

/**
 * @summary Day entries of an entries-based plan: how many are left this period, a progress
 * bar, validity, "Check in for today" (once a day; disabled with the reason when it cannot
 * be used) and the history of check-ins. Members on other plans see what their plan gives.
 * @status experimental
 * @since 0.2
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart remaining - "6 of 10 entries left".
 * @csspart progress - The bar of entries used.
 * @csspart validity - The period the entries are valid for.
 * @csspart check-in-button - "Check in for today".
 * @csspart reason - Why checking in is not possible now (or that it is done for today).
 * @csspart history - The list of check-ins.
 * @csspart plan - What another plan gives, instead of entries.
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - Asks the page to sign the visitor in.
 *
 * @cssprop --portico-entries-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-entries-border-color - Card border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-entries-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-entries-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-entries-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-entries-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-entries-remaining-color - The entries left. Default `--portico-sys-color-primary`.
 *
 * @fires {PorticoCheckedInEvent} portico-checked-in - The member checked in for today.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - A visitor pressed "Sign in".
 * @fires {PorticoErrorEvent} portico-error - Loading the entries failed.
 */
export class PorticoEntries extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  @state() private checkingIn = false;
  @state() private checkInError: string | undefined;
  /** The last check-in outcome, kept in the live region until the next one. */
  @state() private outcome = '';

  readonly #entries = new QueryController(this, (client) =>
    client.session.isLoggedIn ? entriesQuery(client) : undefined,
  );
  readonly #membership = new QueryController(this, (client) =>
    client.session.isLoggedIn ? membershipQuery(client) : undefined,
  );
  readonly #space = new QueryController(this, (client) => spaceQuery(client));
  readonly #plans = new QueryController(this, (client) => plansQuery(client));
  readonly #products = new QueryController(this, (client) => productsQuery(client));
  readonly #states = new DataStates(this, {
    queries: [this.#entries, this.#membership],
    errorMessage: 'entries.error',
    loadingMessage: 'entries.loading',
  });

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase(
      'entries',
      {
        skeleton: () =>
          html`<span class="skeleton skeleton--big"></span><span class="skeleton"></span>`,
        ready: () => this.renderReady(locale),
        announcement: () => this.outcome,
      },
      html`<h2 class="entries__title">${msg(locale, 'entries.title')}</h2>`,
    );
  }

  private renderReady(locale: string): TemplateResult {
    const entries = this.#entries.state.data as Entries;
    const membership = this.#membership.state.data?.membership ?? null;
    if (!membership)
      return html`<p class="entries__hint">${msg(locale, 'entries.noMembership')}</p>`;
    if (membership.plan.kind !== 'entries') return this.renderOtherPlan(membership, locale);
    const {total, used, remaining} = entries;
    const from = entries.validFrom ?? membership.validFrom;
    const until = entries.validUntil ?? membership.validUntil;
    return html`
      <p class="entries__remaining" part="remaining">
        ${msg(locale, 'entries.remaining', {count: remaining, total})}
      </p>
      ${progressBar({
        value: used,
        max: total,
        valueText: msg(locale, 'entries.used', {count: used}),
        label: msg(locale, 'entries.progress'),
        part: 'progress',
      })}
      <p class="entries__hint">${msg(locale, 'entries.used', {count: used})}</p>
      ${
        from
          ? html`<p class="entries__hint" part="validity">
              ${
                until
                  ? msg(locale, 'entries.validity', {
                      from: formatCalendarDay(locale, from, 'short'),
                      until: formatCalendarDay(locale, until, 'short'),
                    })
                  : msg(locale, 'entries.validFrom', {
                      from: formatCalendarDay(locale, from, 'short'),
                    })
              }
            </p>`
          : nothing
      }
      ${this.renderCheckIn(entries, membership, locale)} ${this.renderHistory(entries, locale)}
    `;
  }

  private renderCheckIn(entries: Entries, membership: Membership, locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    const today = entries.checkedInToday ? entries.history[0] : undefined;
    const reason = entries.checkedInToday
      ? msg(locale, 'entries.checkedIn', {
          time: today ? formatTime(locale, today.at, timeZone) : '',
        })
      : membership.status !== 'active'
        ? msg(locale, 'entries.notActive')
        : entries.remaining <= 0
          ? msg(locale, 'entries.noneLeft')
          : undefined;
    return html`
      <div class="entries__check-in">
        <button
          type="button"
          class="button button--primary"
          part="check-in-button"
          ?disabled=${reason !== undefined}
          aria-describedby=${reason ? 'check-in-reason' : nothing}
          aria-busy=${this.checkingIn ? 'true' : 'false'}
          @click=${() => void this.handleCheckIn()}
        >
          ${msg(locale, this.checkingIn ? 'entries.checkingIn' : 'entries.checkIn')}
        </button>
      </div>
      ${
        reason
          ? html`<p
              id="check-in-reason"
              part="reason"
              class="notice ${entries.checkedInToday ? 'notice--success' : 'notice--warning'}"
            >
              ${reason}
            </p>`
          : nothing
      }
      ${
        this.checkInError
          ? html`<p part="error" class="notice notice--error">${this.checkInError}</p>`
          : nothing
      }
    `;
  }

  private renderHistory(entries: Entries, locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    return html`<section part="history" aria-labelledby="history-title">
      <h3 class="entries__history-title" id="history-title">${msg(locale, 'entries.history')}</h3>
      ${
        entries.history.length === 0
          ? html`<p class="entries__hint">${msg(locale, 'entries.noHistory')}</p>`
          : html`<ul class="entries__history-list">
              ${entries.history.map(
                (checkIn) =>
                  html`<li>
                    ${formatCalendarDay(locale, checkIn.day)} ·
                    ${formatTime(locale, checkIn.at, timeZone)}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderOtherPlan(membership: Membership, locale: string): TemplateResult {
    const plan = this.#plans.state.data?.items.find((each) => each.id === membership.plan.id);
    const products = this.#products.state.data?.items ?? [];
    const benefits = plan
      ? [
          ...(plan.benefits.credits > 0
            ? [msg(locale, 'entries.planCredits', {count: plan.benefits.credits})]
            : []),
          ...plan.benefits.products.map((benefit) =>
            msg(locale, 'entries.planProduct', {
              quantity: benefit.quantity,
              name: products.find((p) => p.id === benefit.productId)?.name ?? benefit.productId,
            }),
          ),
        ]
      : [];
    return html`<div part="plan" class="entries__plan">
      <p>${msg(locale, 'entries.otherPlan', {plan: membership.plan.name})}</p>
      ${
        membership.plan.kind === 'unlimited'
          ? html`<p class="entries__hint">${msg(locale, 'entries.unlimited')}</p>`
          : nothing
      }
      ${
        benefits.length > 0
          ? html`<p class="entries__hint">${msg(locale, 'entries.planGives')}</p>
              <ul class="entries__benefits">
                ${benefits.map((text) => html`<li>${text}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private async handleCheckIn(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.checkingIn) return;
    const locale = resolveLocale(this.resolvedLang);
    this.checkingIn = true;
    this.checkInError = undefined;
    try {
      const result = await checkIn(client);
      this.emit('portico-checked-in', {detail: result});
      this.outcome = msg(locale, 'entries.checkedInAnnounce', {count: result.remaining});
      this.#states.announce(this.outcome);
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.checkInError = refusalText(locale, 'entries.checkInError', error, CHECK_IN_REFUSALS);
      this.outcome = this.checkInError;
      this.#states.announce(this.outcome);
    } finally {
      this.checkingIn = false;
    }
  }
}
