import './membership-card.messages.js';
import {
  type CurrentMembership,
  type Membership,
  type Plan,
  type Product,
  type Space,
} from '@portico/sdk';
import {membershipHistoryQuery, membershipQuery, plansQuery} from '@portico/sdk/membership';
import {productsQuery} from '@portico/sdk/shop';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {notice} from '../internal/notice.template.js';
import {renderBenefits} from './membership-benefits.js';
import type {MembershipChangeController, MembershipStep} from './membership-change-controller.js';
import {renderAwaiting, renderScheduled, type PendingActions} from './membership-pending.js';
import {renderPlans} from './membership-plans.js';
import {renderUsage} from './membership-usage.js';
import {
  cardSkeleton,
  contactLine,
  historyPanel,
  historySkeleton,
  membershipSummary,
} from './membership-card.template.js';
import styles from './membership-card.styles.js';

/** How many past memberships the history shows (monthly plans: four years and more). */
const HISTORY_LIMIT = 50;

type PlanList = {items: Plan[]};
type ProductList = {items: Product[]};
type MembershipPage = {items: Membership[]; nextCursor: string | null};

/**
 * @summary The member's current membership: plan, status, validity, usage, next billing,
 * included benefits and, on request, the history of memberships with their payments. The
 * member joins a plan, changes plan (from the next period) or cancels (at the period's end,
 * after the space's notice) here, each after a confirmation stating price, date and what
 * changes, and undoes a coming change; where the space keeps that at its front desk, the card
 * says whom to contact.
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
 * @csspart invoices-link - "See your invoices" under the history (with `invoicesHref`).
 * @csspart plans - The list of plans on offer.
 * @csspart plan - One plan on offer.
 * @csspart choose-button - A plan's "Choose" button.
 * @csspart current-plan - The member's own plan in the list (with `plan`).
 * @csspart your-plan - The "Your plan" mark on it, where other plans have "Choose".
 * @csspart scheduled - The line saying a plan change or a cancellation is coming.
 * @csspart undo-button - The button that undoes that change or cancellation.
 * @csspart awaiting - What a pending membership waits for.
 * @csspart pay-button - Pays the order a joined plan waits on.
 * @csspart cancel-button - "Cancel membership".
 * @csspart contact - Whom to contact when the space keeps plan changes at its front desk.
 * @csspart confirm - The confirmation step: price, date and what changes.
 * @csspart confirm-facts - Its price and dates.
 * @csspart confirm-button - Confirms the join, change or cancellation.
 * @csspart back-button - Leaves the confirmation without changing anything.
 * @csspart notice - The outcome of the last action.
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
 * @fires {PorticoPlanSelectedEvent} portico-plan-selected - "Choose" was pressed on a plan in a
 * `plans-only` card (detail: the plan); the host page takes the visitor to sign-up.
 * @fires {PorticoMembershipChangedEvent} portico-membership-changed - The member joined, changed,
 * cancelled or undid (detail: the action and the membership as it now is).
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the membership, the plans or the history failed.
 */
export class PorticoMembershipCard extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /**
   * Where the invoices of these payments are (the portal's Billing page): a link under the
   * history. Unset, no link (a space without billing).
   */
  @property({attribute: false}) invoicesHref: string | undefined;

  /** Shows the history of memberships and payments (the member can toggle it). */
  @property({type: Boolean, reflect: true, attribute: 'history-open'}) historyOpen = false;

  /**
   * Shows only the plans on offer, to anyone, signed in or not (a public "Plans" section of a
   * site, or a portal's sign-in page).
   */
  @property({type: Boolean, reflect: true, attribute: 'plans-only'}) plansOnly = false;

  /**
   * The saved payment method a join is paid with at once (the mock accepts `pm_card_visa` and
   * declines `pm_card_declined`); empty leaves the order to pay later.
   */
  @property({attribute: 'payment-method'}) paymentMethod = 'pm_card_visa';

  /** The join, change and cancel flow's code (membership-flow.ts), loaded on first use. */
  readonly #flow = this.lazy(() => import('./membership-flow.js'));
  /** The history's list (membership-history.ts), loaded the first time a member opens it. */
  readonly #historyView = this.lazy(() => import('./membership-history.js'));
  #change: MembershipChangeController | undefined;
  /** A press waiting for the flow's code: its buttons are busy meanwhile, as while it runs. */
  #waiting: MembershipChangeController['busy'];

  readonly #membership = new QueryController<CurrentMembership>(this, (client) =>
    client.session.isLoggedIn && !this.plansOnly ? membershipQuery(client) : undefined,
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
    active: () => !this.plansOnly,
  });
  // Plans are public: a visitor sees them with `plans-only`.
  readonly #planStates = new DataStates(this, {
    queries: [this.#space, this.#plans, this.#products],
    member: false,
    active: () => this.plansOnly,
    errorMessage: 'membership.error',
    loadingMessage: 'membership.loading',
  });
  readonly #historyStates = new DataStates(this, {
    queries: [this.#history],
    errorMessage: 'membership.historyError',
    loadingMessage: 'membership.historyLoading',
  });

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    if (this.plansOnly) {
      return this.#planStates.renderBase('membership-card', {
        skeleton: cardSkeleton,
        ready: () =>
          html`<h2 class="membership-card__title">${msg(locale, 'membership.plans')}</h2>
            ${this.renderPlanList(locale)}`,
      });
    }
    return this.#states.renderBase('membership-card', {
      skeleton: cardSkeleton,
      ready: () => this.renderReady(locale),
      announcement: () => this.announcement(locale),
    });
  }

  private renderReady(locale: string): TemplateResult {
    const membership = this.#membership.state.data?.membership;
    if (!membership) {
      return html`<h2 class="membership-card__title">${msg(locale, 'membership.plans')}</h2>
        <p class="membership-card__hint">${msg(locale, 'membership.none')}</p>
        ${this.renderJoin(locale)} ${this.renderNotice()}`;
    }
    const ended = membership.status === 'expired' || membership.status === 'cancelled';
    return html`
      ${membershipSummary(locale, membership)}
      ${renderScheduled(locale, membership, this.#pendingActions())}
      ${renderAwaiting(locale, membership, this.#pendingActions())}
      ${
        membership.status === 'active' || membership.status === 'inactive'
          ? renderUsage(locale, membership)
          : nothing
      }
      ${renderBenefits(locale, membership, this.#plans.state.data, this.#products.state.data)}
      ${this.renderNotice()}
      ${membership.status === 'active' ? this.renderManage(locale, membership) : nothing}
      ${
        ended
          ? html`<section class="membership-card__section" aria-labelledby="renew">
              <h3 class="membership-card__subtitle" id="renew">
                ${msg(locale, 'membership.renew')}
              </h3>
              ${this.renderJoin(locale)}
            </section>`
          : nothing
      }
      ${this.renderHistoryToggle(locale)}
    `;
  }

  /** Change plan or cancel: the confirmation when one is open, else the plans and Cancel. */
  private renderManage(locale: string, membership: Membership): TemplateResult | typeof nothing {
    const step = this.#change?.step;
    if (step && step.action !== 'join') return this.renderConfirmStep(locale);
    // Something is already coming: undo it first (the server would refuse a second one).
    if (membership.scheduledChange || membership.cancellation) return nothing;
    const policy = this.#space.state.data?.membershipPolicy;
    const canChange = policy?.selfService.change ?? false;
    const canCancel = policy?.selfService.cancel ?? false;
    const busy = this.#busy !== undefined;
    return html`<section class="membership-card__section" aria-labelledby="change-plan">
      <h3 class="membership-card__subtitle" id="change-plan">
        ${msg(locale, 'membership.changePlan')}
      </h3>
      ${renderPlans(
        locale,
        this.#plans.state.data?.items ?? [],
        this.#products.state.data?.items ?? [],
        {
          currentPlanId: membership.plan.id,
          busy,
          onChoose: canChange
            ? (plan) => this.startStep({action: 'change', plan, membership})
            : null,
        },
      )}
      ${
        canCancel
          ? button(msg(locale, 'membership.cancel'), {
              class: 'button button--secondary membership-card__choose',
              part: 'cancel-button',
              disabled: busy,
              onClick: () => !busy && this.startStep({action: 'cancel', membership}),
            })
          : nothing
      }
      ${canChange && canCancel ? nothing : this.renderContact(locale, 'membership.contact')}
    </section>`;
  }

  /** The plans to join (no membership, or one that ended), or the confirmation of a join. */
  private renderJoin(locale: string): TemplateResult | typeof nothing {
    if (this.#change?.step?.action === 'join') return this.renderConfirmStep(locale);
    const canJoin = this.#space.state.data?.membershipPolicy.selfService.join ?? false;
    return html`${renderPlans(
      locale,
      this.#plans.state.data?.items ?? [],
      this.#products.state.data?.items ?? [],
      {
        busy: this.#busy !== undefined,
        onChoose: canJoin ? (plan) => this.startStep({action: 'join', plan}) : null,
      },
    )}
    ${canJoin ? nothing : this.renderContact(locale, 'membership.contactJoin')}`;
  }

  private renderConfirmStep(locale: string): TemplateResult | typeof nothing {
    const change = this.#change;
    // A step exists only once the flow's code has loaded.
    const flow = this.#flow.get();
    if (!change?.step || !flow) return nothing;
    return flow.renderConfirm(locale, {
      step: change.step,
      quote: change.quote,
      busy: change.busy !== undefined,
      products: this.#products.state.data?.items ?? [],
      paysNow: this.paymentMethod !== '',
      noticeDays: this.#space.state.data?.membershipPolicy.noticeDays ?? 0,
      onConfirm: () => void this.confirmStep(),
      onBack: () => this.leaveStep(),
    });
  }

  /** Whom the space names for membership changes it keeps at its front desk. */
  private renderContact(
    locale: string,
    key: 'membership.contact' | 'membership.contactJoin',
  ): TemplateResult | typeof nothing {
    return contactLine(locale, key, this.#space.state.data?.membershipPolicy.contact);
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const outcome = this.#change?.notice;
    // A success closes the confirmation; a failure is said above it, which stays open.
    if (!outcome || (this.#change?.step && outcome.tone === 'success')) return nothing;
    return notice('notice', outcome.tone, outcome.text);
  }

  private renderHistoryToggle(locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    return historyPanel(locale, {
      open: this.historyOpen,
      invoicesHref: this.invoicesHref,
      onToggle: () => this.handleToggleHistory(),
      body: () =>
        this.#historyStates.render({
          skeleton: historySkeleton,
          // Its code still loading: the same loading state as its data.
          ready: () =>
            this.#historyView
              .get()
              ?.renderHistory(locale, this.#history.state.data?.items ?? [], timeZone) ??
            html`<div class="skeleton-frame" aria-hidden="true">${historySkeleton()}</div>`,
        }),
    });
  }

  /** The public list (`plans-only`): "Choose" tells the host page, which signs the visitor up. */
  private renderPlanList(locale: string): TemplateResult {
    return renderPlans(
      locale,
      this.#plans.state.data?.items ?? [],
      this.#products.state.data?.items ?? [],
      {onChoose: (plan) => this.handleChoose(plan)},
    );
  }

  /** Opens a confirmation and moves focus to its heading once it is drawn. */
  private startStep(step: MembershipStep): void {
    void this.#withFlow('quoting', async (change) => {
      void change.start(step);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#confirm-title')?.focus();
    });
  }

  private leaveStep(): void {
    this.#change?.back();
    void this.updateComplete.then(() => this.focusBase());
  }

  private async confirmStep(): Promise<void> {
    await this.#change?.confirm();
    if (!this.#change?.step) {
      await this.updateComplete;
      this.focusBase();
    }
  }

  get #busy(): MembershipChangeController['busy'] {
    return this.#change?.busy ?? this.#waiting;
  }

  /** Undo and Pay of what is coming or awaited: each loads the flow's code first. */
  #pendingActions(): PendingActions {
    return {
      busy: this.#busy,
      undoChange: (membership) =>
        this.#withFlow('undoing', (change) => change.undoChange(membership)),
      undoCancel: (membership) =>
        this.#withFlow('undoing', (change) => change.undoCancel(membership)),
      pay: (membership) => this.#withFlow('paying', (change) => change.pay(membership)),
    };
  }

  /** Runs `action` with the flow's controller, loading its code first (once). */
  async #withFlow(
    waiting: NonNullable<MembershipChangeController['busy']>,
    action: (change: MembershipChangeController) => unknown,
  ): Promise<void> {
    if (!this.#change) {
      if (this.#waiting) return;
      this.#waiting = waiting;
      this.requestUpdate();
      try {
        const {MembershipChangeController} = await this.#flow.load();
        this.#change ??= new MembershipChangeController(this, (text) =>
          this.#states.announce(text),
        );
      } finally {
        this.#waiting = undefined;
        this.requestUpdate();
      }
    }
    await action(this.#change);
  }

  /** The flow's code starts loading when the member comes near an action. */
  #prefetchFlow = (): void => void this.#flow.load().catch(() => undefined);

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerenter', this.#prefetchFlow);
    this.addEventListener('focusin', this.#prefetchFlow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerenter', this.#prefetchFlow);
    this.removeEventListener('focusin', this.#prefetchFlow);
  }

  /** After the card changed under the member's focus, focus its wrapper (not the page top). */
  private focusBase(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.focus();
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
