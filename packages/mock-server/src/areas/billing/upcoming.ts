/**
 * The next invoice as it stands today: the membership's next period (what the membership card
 * shows as its next billing) and the orders waiting for payment.
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

export function upcomingInvoice(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): UpcomingInvoice | null {
  const day = today(space, now);
  const next = nextMembershipCharge(reader, member, day);
  const orders = ofMember<OrderRow>(reader, TABLES.orders, member).filter(
    (order) => order.status === 'pending_payment',
  );
  const lines = [...orders.flatMap(orderInvoiceLines), ...eventInvoiceLines(reader, member)];
  // A plan joined and not paid yet: its order already bills its first period.
  const billed = next && orders.some((order) => order.paysMembershipId === next.membershipId);
  if (next && !billed && next.line.unitPrice.amount > 0) lines.unshift(next.line);
  if (lines.length === 0) return null;
  const priced = priceLines(reader, space, lines);
  return {
    issuedOn: next?.on ?? day,
    currency: space.currency,
    taxMode: priced.settings.taxMode,
    lines: priced.lines,
    subtotal: priced.subtotal,
    taxes: priced.taxes,
    total: priced.total,
  };
}
