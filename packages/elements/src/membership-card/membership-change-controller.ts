import './membership-flow.messages.js';
import {type Membership, type MembershipQuote, type Plan, type PorticoCore} from '@portico/sdk';
import {
  cancelMembership,
  changePlan,
  joinPlan,
  quoteMembership,
  undoCancellation,
  undoPlanChange,
} from '@portico/sdk/membership';
import {payOrder} from '@portico/sdk/shop';
import {
  ActionController,
  type ActionHost,
  type ActionNotice,
  type Refusals,
} from '../internal/action-controller.js';
import type {PorticoElement} from '../internal/portico-element.js';
import {formatCalendarDate} from './membership-format.js';

/** Why a change was refused; the stale ones mean the page showed a membership that has changed since (the store refetches it). */
const REFUSALS: Refusals = {
  payment_declined: 'membership.declined',
  terms_not_accepted: 'membership.termsFirst',
  plan_change_forbidden: 'membership.forbidden',
  nothing_to_undo: 'membership.stale',
  change_pending: 'membership.stale',
  already_member: 'membership.stale',
  already_on_plan: 'membership.stale',
  no_active_membership: 'membership.stale',
};

/** What the card needs from its host element. */
export interface MembershipChangeHost extends ActionHost {
  readonly resolvedClient: PorticoCore | undefined;
  /** Pays a join at once with this method; empty leaves the order to pay later. */
  readonly paymentMethod: string;
  readonly emit: PorticoElement['emit'];
}

/** What the member asked for, before confirming it. */
export type MembershipStep =
  | {action: 'join'; plan: Plan}
  | {action: 'change'; plan: Plan; membership: Membership}
  | {action: 'cancel'; membership: Membership};

export type MembershipNotice = ActionNotice;

/**
 * Joining, changing and cancelling from the card: each goes through a quote the member
 * confirms (price, date, what changes), then the call; undoing a scheduled change or
 * cancellation and paying a joined plan's order are one press. The store refetches the
 * membership and credits after each call (the SDK's invalidations), so the card follows.
 */
export class MembershipChangeController extends ActionController<MembershipChangeHost> {
  /** The confirmation being shown, if any. */
  step: MembershipStep | undefined;
  /** The server's quote for {@link step}, once it has answered. */
  quote: MembershipQuote | undefined;
  /** A request is under way: buttons are disabled and say so. */
  busy: 'quoting' | 'confirming' | 'undoing' | 'paying' | undefined;

  /** Opens the confirmation for `step` and asks the server what it would do. */
  async start(step: MembershipStep): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    this.#set({step, quote: undefined, notice: undefined, busy: 'quoting'});
    const body =
      step.action === 'join'
        ? {action: 'join' as const, planId: step.plan.id}
        : step.action === 'change'
          ? {action: 'change' as const, membershipId: step.membership.id, planId: step.plan.id}
          : {action: 'cancel' as const, membershipId: step.membership.id};
    try {
      const quote = await quoteMembership(client, body);
      if (this.step === step) this.#set({quote, busy: undefined});
    } catch (error) {
      if (this.step === step) this.#fail(error);
    }
  }

  /** Leaves the confirmation without changing anything. */
  back(): void {
    this.#set({step: undefined, quote: undefined, busy: undefined});
  }

  async confirm(): Promise<void> {
    const client = this.host.resolvedClient;
    const {step, quote} = this;
    if (!client || !step || !quote || this.busy) return;
    this.#set({busy: 'confirming'});
    // `busy` stops a second press; the SDK's own Idempotency-Key makes its retries safe.
    try {
      let membership: Membership;
      if (step.action === 'join') {
        const paymentMethod = quote.awaiting === 'payment' ? this.host.paymentMethod : '';
        membership = await joinPlan(client, {
          planId: step.plan.id,
          ...(paymentMethod ? {paymentMethod} : {}),
        });
      } else if (step.action === 'change') {
        membership = await changePlan(client, step.membership.id, step.plan.id);
      } else {
        membership = await cancelMembership(client, step.membership.id);
      }
      this.#done(step.action, membership, this.#doneText(step, quote, membership));
    } catch (error) {
      this.#fail(error);
    }
  }

  async undoChange(membership: Membership): Promise<void> {
    const client = this.host.resolvedClient;
    const plan = membership.plan.name;
    if (!client || this.busy) return;
    this.#set({busy: 'undoing', notice: undefined});
    try {
      const kept = await undoPlanChange(client, membership.id);
      this.#done('undo-change', kept, this.msg('membership.done.undoChange', {plan}));
    } catch (error) {
      this.#fail(error);
    }
  }

  async undoCancel(membership: Membership): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    this.#set({busy: 'undoing', notice: undefined});
    try {
      const kept = await undoCancellation(client, membership.id);
      this.#done('undo-cancel', kept, this.msg('membership.done.undoCancel'));
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Pays the order a pending membership waits on, with the element's payment method. */
  async pay(membership: Membership): Promise<void> {
    const client = this.host.resolvedClient;
    const orderId = membership.orderId;
    const paymentMethod = this.host.paymentMethod || 'pm_card_visa';
    if (!client || !orderId || this.busy) return;
    this.#set({busy: 'paying', notice: undefined});
    try {
      await payOrder(client, orderId, {paymentMethod});
      this.#set({
        busy: undefined,
      });
      this.tell('success', this.msg('membership.done.paid', {plan: membership.plan.name}));
    } catch (error) {
      this.#fail(error);
    }
  }

  #doneText(step: MembershipStep, quote: MembershipQuote, membership: Membership): string {
    const date = formatCalendarDate(this.locale, quote.effectiveOn);
    if (step.action === 'change') {
      return this.msg('membership.done.change', {plan: step.plan.name, date});
    }
    if (step.action === 'cancel') return this.msg('membership.done.cancel', {date});
    if (membership.status === 'active')
      return this.msg('membership.done.join', {plan: step.plan.name});
    return this.msg(
      membership.awaiting === 'approval'
        ? 'membership.done.joinApproval'
        : 'membership.done.joinPayment',
      {plan: step.plan.name},
    );
  }

  #done(
    action: 'join' | 'change' | 'cancel' | 'undo-change' | 'undo-cancel',
    membership: Membership,
    text: string,
  ): void {
    this.#set({step: undefined, quote: undefined, busy: undefined});
    this.tell('success', text);
    this.host.emit('portico-membership-changed', {detail: {action, membership}});
  }

  #fail(error: unknown): void {
    const text = this.failure(error, 'membership.actionError', REFUSALS);
    this.#set({busy: undefined});
    this.tell('error', text);
  }

  #set(
    changes: Partial<Pick<MembershipChangeController, 'step' | 'quote' | 'busy' | 'notice'>>,
  ): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
