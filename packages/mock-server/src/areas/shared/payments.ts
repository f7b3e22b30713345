import type {Money} from '@portico/sdk/contract';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant} from '../../state/lookups.js';
import type {MemberRow, PaymentRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/**
 * A money payment for something the member booked: `pending` until paid (a room paid with
 * money), or `paid` at once (an event ticket charged to the card). Returns its id.
 */
export function recordPayment(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  payment: {
    amount: Money;
    status: 'pending' | 'paid';
    description: string;
    bookingId: string | null;
  },
  now: number,
): string {
  const id = nextId(tx, 'pay');
  const at = instant(space, now);
  tx.put<PaymentRow>(TABLES.payments, {
    id,
    spaceId: space.id,
    memberId: member.id,
    membershipId: null,
    orderId: null,
    ...payment,
    createdAt: at,
    paidAt: payment.status === 'paid' ? at : null,
  });
  return id;
}

/** Gives `refund` back from a payment: it shrinks to what is kept, or is refunded whole. */
export function refundPayment(
  tx: Transaction,
  paymentId: string | null,
  refund: Money | null,
): void {
  const payment = paymentId ? tx.get<PaymentRow>(TABLES.payments, paymentId) : undefined;
  if (!payment || !refund) return;
  const kept = payment.amount.amount - refund.amount;
  // A pending payment shrinks to the late fee; a full refund leaves nothing to pay.
  tx.put<PaymentRow>(
    TABLES.payments,
    kept <= 0
      ? {...payment, status: 'refunded'}
      : {...payment, amount: {...payment.amount, amount: kept}},
  );
}
