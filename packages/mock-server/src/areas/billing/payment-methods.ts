/**
 * Saved payment methods: added from the provider's token, one default (the membership renews on
 * it), and never removed down to none while a membership renews by itself.
 */
import type {AddPaymentMethodRequest} from '@portico/sdk/contract';
import {invalidField, problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {instant, ofMember, ownRow, today} from '../../state/lookups.js';
import type {MemberRow, PaymentMethodRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {TEST_CARDS, testCard} from './test-cards.js';
import {nextMembershipCharge} from './upcoming.js';

/** Years a test card stays valid after it is saved. */
const CARD_YEARS = 3;

/** The member's methods, the default first, then oldest first. */
export function memberPaymentMethods(reader: Reader, member: MemberRow): PaymentMethodRow[] {
  return ofMember<PaymentMethodRow>(reader, TABLES.paymentMethods, member).sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.createdAt.localeCompare(b.createdAt),
  );
}

export const ownPaymentMethod = (reader: Reader, member: MemberRow, id: string) =>
  ownRow<PaymentMethodRow>(reader, TABLES.paymentMethods, id, member, 'payment method');

/** Makes `method` the only default among the member's methods. */
function makeDefault(tx: Transaction, member: MemberRow, method: PaymentMethodRow) {
  for (const other of memberPaymentMethods(tx, member))
    if (other.isDefault && other.id !== method.id)
      tx.put<PaymentMethodRow>(TABLES.paymentMethods, {...other, isDefault: false});
  return tx.put<PaymentMethodRow>(TABLES.paymentMethods, {...method, isDefault: true});
}

/** Saves a method from a test token; the first one saved is the default. */
export function addPaymentMethod(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  body: AddPaymentMethodRequest,
  now: number,
): PaymentMethodRow {
  const card = testCard(body.token);
  if (!card)
    throw invalidField('body.token', `Use a test token: ${Object.keys(TEST_CARDS).join(', ')}`);
  const year = Number(today(space, now).slice(0, 4));
  const first = memberPaymentMethods(tx, member).length === 0;
  const method = tx.put<PaymentMethodRow>(TABLES.paymentMethods, {
    id: nextId(tx, 'pm'),
    spaceId: space.id,
    memberId: member.id,
    token: body.token,
    type: card.type,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.type === 'card' ? 12 : null,
    expYear: card.type === 'card' ? year + CARD_YEARS : null,
    isDefault: false,
    createdAt: instant(space, now),
  });
  return first || body.makeDefault ? makeDefault(tx, member, method) : method;
}

export function setDefaultPaymentMethod(
  tx: Transaction,
  member: MemberRow,
  id: string,
): PaymentMethodRow {
  return makeDefault(tx, member, ownPaymentMethod(tx, member, id));
}

/**
 * Removes a method. The last one cannot go while the membership will bill again (its next
 * billing, as the membership card shows it): it would have nothing to renew on. Removing the default makes the
 * oldest remaining one the default.
 */
export function removePaymentMethod(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  id: string,
  now: number,
): void {
  const method = ownPaymentMethod(tx, member, id);
  const others = memberPaymentMethods(tx, member).filter((m) => m.id !== method.id);
  if (others.length === 0 && nextMembershipCharge(tx, member, today(space, now)))
    throw problem(
      'last_payment_method',
      'This is your only payment method and your membership renews on it: add another one first.',
    );
  tx.delete(TABLES.paymentMethods, method.id);
  const [next] = others;
  if (method.isDefault && next) makeDefault(tx, member, next);
}
