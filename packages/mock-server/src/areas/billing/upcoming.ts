/**
 * The next invoice as it stands today: the membership's next period (what the membership card
 * shows as its next billing) and what is already added to it. One computation for the preview
 * and the renewal invoice, so what the member is told is what they are billed.
 */
import type {UpcomingInvoice} from '@portico/sdk/contract';
import type {Reader} from '../../state/lookups.js';
import {currentMembership, ofMember, planOf, today} from '../../state/lookups.js';
import type {MemberRow, OrderRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {followerOf} from '../membership/rules.js';
import {membershipView} from '../membership/memberships.js';
import type {LineInput} from './invoices.js';
import {orderInvoiceLines, priceLines} from './invoices.js';
import {eventInvoiceLines} from '../events/event-invoice-lines.js';

/** The membership's next charge (null when it does not renew): its day and line. */
export function nextMembershipCharge(
  reader: Reader,
  member: MemberRow,
  day: string,
): {on: string; membershipId: string; plan: string; line: LineInput} | null {
  const membership = currentMembership(reader, member, day);
  if (!membership) return null;
  const {nextBilling} = membershipView(reader, member, membership, day);
  if (!nextBilling) return null;
  const next = followerOf(reader, member, membership);
  const plan = planOf(
    reader,
    next && next.validFrom <= nextBilling.on ? next.planId : membership.planId,
  );
  return {
    on: nextBilling.on,
    membershipId: membership.id,
    plan: plan.name,
    line: {
      description: `${plan.name} from ${nextBilling.on}`,
      quantity: 1,
      unitPrice: nextBilling.amount,
      source: {kind: 'membership', id: membership.id},
    },
  };
}

/** What the member's next invoice bills and when: the preview shows it, the renewal issues it. */
export interface NextInvoice {
  on: string;
  /** The membership's next period, when it renews (its line is among `lines` unless paid by an order). */
  charge: ReturnType<typeof nextMembershipCharge>;
  lines: LineInput[];
}

/**
 * The next invoice as of `day`: the membership's next period, then what is already added to it
 * and not billed yet (orders waiting for payment, tickets paid `invoice`), as the space's
 * billing run sweeps them onto the renewal (Stripe's pending items, Nexudus's next invoice).
 */
export function nextInvoice(reader: Reader, member: MemberRow, day: string): NextInvoice {
  const charge = nextMembershipCharge(reader, member, day);
  const orders = ofMember<OrderRow>(reader, TABLES.orders, member).filter(
    (order) => order.status === 'pending_payment' && !order.invoice,
  );
  const lines = [...orders.flatMap(orderInvoiceLines), ...eventInvoiceLines(reader, member)];
  // A plan joined and not paid yet: its order already bills its first period.
  const billed = charge && orders.some((order) => order.paysMembershipId === charge.membershipId);
  if (charge && !billed && charge.line.unitPrice.amount > 0) lines.unshift(charge.line);
  return {on: charge?.on ?? day, charge, lines};
}

export function upcomingInvoice(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): UpcomingInvoice | null {
  const next = nextInvoice(reader, member, today(space, now));
  if (next.lines.length === 0) return null;
  const priced = priceLines(reader, space, next.lines);
  return {
    issuedOn: next.on,
    currency: space.currency,
    taxMode: priced.settings.taxMode,
    lines: priced.lines,
    subtotal: priced.subtotal,
    taxes: priced.taxes,
    total: priced.total,
  };
}
