import './membership-card.messages.js';
import {
  membershipHistoryQuery,
  membershipQuery,
  plansQuery,
  productsQuery,
  spaceQuery,
  type CurrentMembership,
  type Membership,
  type Plan,
  type Product,
  type Space,
} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {cssomStyle} from '../internal/cssom-style.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {renderHistory, validity} from './membership-history.js';
import {STATUS_BADGE, benefitsOf, formatCalendarDate} from './membership-format.js';
import {renderPlans} from './membership-plans.js';
import styles from './membership-card.styles.js';

/** How many past memberships the history shows (monthly plans: four years and more). */
const HISTORY_LIMIT = 50;

type PlanList = {items: Plan[]};
type ProductList = {items: Product[]};
type MembershipPage = {items: Membership[]; nextCursor: string | null};

/**
 * @summary The member's current membership: plan, status, validity, usage, next billing,
 * included benefits and, on request, the history of memberships with their payments. Without
 * a membership it offers the plans.
 * @status experimental
 * @since 0.1
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart plan-name - The current plan's name.
 * @csspart status - The status badge (its text names the status).
 * @csspart validity - The validity dates.
 * @csspart usage - The usage line and its progress bar.
 * @csspart next-billing - The next billing date and amount.
 * @csspart benefits - The list of what the plan includes.
 * @csspart history-button - The button that shows or hides the history.
 * @csspart history - The history panel.
 * @csspart history-item - One membership in the history.
 * @csspart plans - The list of plans on offer.
 * @csspart plan - One plan on offer.
 * @csspart choose-button - A plan's "Choose" button.
 * @csspart sign-in-button - The default "Sign in" button (signed out).
 * @csspart error - An error message.
 * @csspart retry-button - The button that tries loading again.
 *
 * @cssprop --portico-membership-card-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-membership-card-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-membership-card-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-membership-card-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-membership-card-label-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-membership-card-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-membership-card-shadow - Card shadow. Default `--portico-sys-elevation-1`.
 * @cssprop --portico-membership-card-title-font-size - The plan name's size. Default `--portico-sys-font-size-lg`.
 *
 * @fires {PorticoPlanSelectedEvent} portico-plan-selected - "Choose" was pressed on a plan
 * (detail: the plan); the host page takes the member to sign-up or payment.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the membership, the plans or the history failed.
 */
export class PorticoMembershipCard extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** Shows the history of memberships and payments (the member can toggle it). */
  @property({type: Boolean, reflect: true, attribute: 'history-open'}) historyOpen = false;

  readonly #membership = new QueryController<CurrentMembership>(this, (client) =>
    client.session.isLoggedIn ? membershipQuery(client) : undefined,
  );
  // Public data shared with every element: the zone of payment dates, what plans include.
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  readonly #plans = new QueryController<PlanList>(this, (client) => plansQuery(client));
  readonly #products = new QueryController<ProductList>(this, (client) => productsQuery(client));
  readonly #history = new QueryController<MembershipPage>(this, (client) =>
    client.session.isLoggedIn && this.historyOpen
      ? membershipHistoryQuery(client, {limit: HISTORY_LIMIT})
      : undefined,
  );

  readonly #states = new DataStates(this, {
    queries: [this.#membership, this.#space, this.#plans, this.#products],
    errorMessage: 'membership.error',
    loadingMessage: 'membership.loading',
    signedOutMessage: 'membership.signedOut',
  });
  readonly #historyStates = new DataStates(this, {
    queries: [this.#history],
    errorMessage: 'membership.historyError',
    loadingMessage: 'membership.historyLoading',
  });

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return html`<div part="base" class="membership-card" tabindex="-1">
      ${this.#states.render({
        skeleton: () => this.renderSkeleton(),
        ready: () => this.renderReady(locale),
        announcement: () => this.announcement(locale),
      })}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="membership-card__head">
        <span class="skeleton membership-card__skeleton-title"></span>
        <span class="skeleton membership-card__skeleton-badge"></span>
      </div>
      <span class="skeleton"></span>
      <span class="skeleton membership-card__skeleton-short"></span>
      <span class="skeleton membership-card__skeleton-bar"></span>
      <span class="skeleton membership-card__skeleton-short"></span>`;
  }

  private renderReady(locale: string): TemplateResult {
    const membership = this.#membership.state.data?.membership;
    if (!membership) {
      return html`<h2 class="membership-card__title">${msg(locale, 'membership.plans')}</h2>
        <p class="membership-card__hint">${msg(locale, 'membership.none')}</p>
        ${this.renderPlanList(locale)}`;
    }
    const ended = membership.status === 'expired' || membership.status === 'cancelled';
    return html`
      <div class="membership-card__head">
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
      </dl>
      ${
        membership.status === 'active' || membership.status === 'inactive'
          ? this.renderUsage(locale, membership)
          : nothing
      }
      ${this.renderBenefits(locale, membership)} ${this.renderHistoryToggle(locale)}
      ${
        ended
          ? html`<section class="membership-card__section" aria-labelledby="renew">
              <h3 class="membership-card__subtitle" id="renew">
                ${msg(locale, 'membership.renew')}
              </h3>
              ${this.renderPlanList(locale)}
            </section>`
          : nothing
      }
    `;
  }

  private renderUsage(locale: string, membership: Membership): TemplateResult {
    const {usage} = membership;
    if (usage.kind === 'unlimited') {
      return html`<p part="usage" class="membership-card__usage">
        ${msg(locale, 'membership.unlimited')}
      </p>`;
    }
    const [value, max, text] =
      usage.kind === 'entries'
        ? [
            usage.used,
            usage.total,
            msg(locale, 'membership.usageEntries', {count: usage.used, total: usage.total}),
          ]
        : [
            usage.daysElapsed,
            usage.daysTotal,
            msg(locale, 'membership.usageTime', {
              elapsed: usage.daysElapsed,
              total: usage.daysTotal,
            }),
          ];
    const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
    return html`<div part="usage" class="membership-card__usage">
      <div class="membership-card__usage-line">
        <span id="usage-label">${msg(locale, 'membership.usage')}</span>
        <span aria-hidden="true">${text}</span>
      </div>
      <div
        class="progress"
        role="progressbar"
        aria-labelledby="usage-label"
        aria-valuemin="0"
        aria-valuemax=${max}
        aria-valuenow=${value}
        aria-valuetext=${text}
      >
        <div class="progress__bar" ${cssomStyle({width: `${share * 100}%`})}></div>
      </div>
    </div>`;
  }

  private renderBenefits(locale: string, membership: Membership): TemplateResult | typeof nothing {
    const plan = this.#plans.state.data?.items.find((each) => each.id === membership.plan.id);
    const benefits = plan ? benefitsOf(locale, plan, this.#products.state.data?.items ?? []) : [];
    if (benefits.length === 0) return nothing;
    return html`<section class="membership-card__section" aria-labelledby="benefits">
      <h3 class="membership-card__subtitle" id="benefits">${msg(locale, 'membership.benefits')}</h3>
      <ul part="benefits" class="membership-card__benefits">
        ${benefits.map((benefit) => html`<li>${benefit}</li>`)}
      </ul>
    </section>`;
  }

  private renderHistoryToggle(locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    return html`<div class="membership-card__section">
      <button
        part="history-button"
        class="button button--secondary membership-card__toggle"
        type="button"
        aria-expanded=${this.historyOpen ? 'true' : 'false'}
        aria-controls="history"
        @click=${this.handleToggleHistory}
      >
        <svg class="membership-card__chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M8.6 5.6 7.2 7l5 5-5 5 1.4 1.4 6.4-6.4z"></path>
        </svg>
        ${msg(locale, 'membership.history')}
      </button>
      <div
        part="history"
        class="membership-card__history"
        id="history"
        ?hidden=${!this.historyOpen}
      >
        ${
          this.historyOpen
            ? this.#historyStates.render({
                skeleton: () =>
                  html`<span class="skeleton"></span>
                    <span class="skeleton membership-card__skeleton-short"></span>`,
                ready: () => renderHistory(locale, this.#history.state.data?.items ?? [], timeZone),
              })
            : nothing
        }
      </div>
    </div>`;
  }

  private renderPlanList(locale: string): TemplateResult {
    return renderPlans(
      locale,
      this.#plans.state.data?.items ?? [],
      this.#products.state.data?.items ?? [],
      (plan) => this.handleChoose(plan),
    );
  }

  private announcement(locale: string): string {
    const membership = this.#membership.state.data?.membership;
    if (!membership) return msg(locale, 'membership.none');
    return msg(locale, 'membership.announce', {
      plan: membership.plan.name,
      status: msg(locale, `membership.status.${membership.status}`),
    });
  }

  private handleToggleHistory(): void {
    this.historyOpen = !this.historyOpen;
  }

  private handleChoose(plan: Plan): void {
    this.emit('portico-plan-selected', {detail: {plan}});
  }
}
