/**
 * Paying for a ticket and refunding it: credits (soonest to expire first, with a ledger entry),
 * the member's saved card (charged at once), or a line on their next invoice.
 */
import type {BookingCost, PayWith, Refund} from '@portico/sdk/contract';
import {spendCredits} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {writeLedgerEntry} from '../../state/ledger.js';
import {instant, memberBuckets} from '../../state/lookups.js';
import type {
  CreditBucketRow,
  EventRow,
  MemberRow,
  RegistrationRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {memberPaymentMethods} from '../billing/payment-methods.js';
import {testCard} from '../billing/test-cards.js';
import {expireCredits} from '../credits/expiry.js';
import {recordPayment, refundPayment} from '../shared/payments.js';
import {refundCredits} from '../credits/refunds.js';

export type Payment = Pick<RegistrationRow, 'paidWith' | 'debits' | 'paymentId'>;
export const UNPAID: Payment = {paidWith: null, debits: [], paymentId: null};

const isFree = (cost: BookingCost) => cost.credits === 0 && !cost.money;

/** How the ticket is paid: what the member chose, among what the event allows. */
export function payWithFor(event: EventRow, cost: BookingCost, chosen: PayWith | undefined) {
  if (isFree(cost)) return null;
  const payWith = chosen ?? (event.payWith.length === 1 ? event.payWith[0] : undefined);
  if (!payWith || !event.payWith.includes(payWith))
    throw problem(
      'pay_with_unavailable',
      `Pay this ticket with ${event.payWith.join(', ') || 'nothing: it is free'}.`,
    );
  return payWith;
}

/** Takes the payment for a ticket (`registrationId`), or throws and changes nothing. */
export function chargeTicket(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  ticket: {event: EventRow; registrationId: string; cost: BookingCost},
  request: {payWith?: PayWith | undefined; paymentMethodId?: string | undefined},
  now: number,
): Payment {
  const {event, registrationId, cost} = ticket;
  const payWith = payWithFor(event, cost, request.payWith);
  if (payWith === null) return UNPAID;
  const nowIso = instant(space, now);
  const what = `Ticket: ${event.title}`;
  if (payWith === 'credits') {
    expireCredits(tx, member, now);
    const spend = spendCredits(memberBuckets(tx, member), cost.credits, nowIso);
    if (!spend.ok)
      throw problem(
        'insufficient_credits',
        `This ticket costs ${cost.credits} credits and you have ${spend.available}.`,
      );
    for (const bucket of spend.remaining)
      if (bucket.amount !== tx.get<CreditBucketRow>(TABLES.creditBuckets, bucket.id)?.amount)
        tx.put(TABLES.creditBuckets, bucket);
    writeLedgerEntry(tx, member, {
      at: nowIso,
      delta: -cost.credits,
      reason: 'event',
      description: what,
      bookingId: null,
      orderId: null,
      booking: null,
      order: null,
    });
    return {paidWith: payWith, debits: spend.spent, paymentId: null};
  }
  if (payWith === 'invoice' || !cost.money) return {...UNPAID, paidWith: payWith};
  const methods = memberPaymentMethods(tx, member);
  const method = request.paymentMethodId
    ? methods.find((m) => m.id === request.paymentMethodId)
    : methods[0];
  if (!method) throw problem('unknown_payment_method', 'Add a card to pay this ticket.');
  if (testCard(method.token)?.outcome !== 'succeeds')
    throw problem('payment_declined', 'Your card was declined. Try another card.');
  const paymentId = recordPayment(
    tx,
    space,
    member,
    {
      amount: cost.money,
      status: 'paid',
      description: `${what} (${registrationId})`,
      bookingId: null,
    },
    now,
  );
  return {paidWith: payWith, debits: [], paymentId};
}

/** Gives back `refund` the way the ticket was paid (an invoice line shrinks to what is kept). */
export function refundTicket(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  row: RegistrationRow,
  event: EventRow,
  refund: Refund,
  now: number,
): void {
  if (refund.credits > 0) {
    expireCredits(tx, member, now);
    refundCredits(tx, space, member, row, refund.credits, now);
    writeLedgerEntry(tx, member, {
      at: instant(space, now),
      delta: refund.credits,
      reason: 'refund',
      description: `${refund.percent}% refund: ${event.title}`,
      bookingId: null,
      orderId: null,
      booking: null,
      order: null,
    });
  }
  refundPayment(tx, row.paymentId, refund.money);
}
