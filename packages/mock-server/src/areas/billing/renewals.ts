/**
 * Renewals: on the day a membership's next period starts (its `nextBilling`), the space extends
 * it, issues the period's invoice dated that day (with what was added to it: the upcoming
 * preview, see `nextInvoice`) and, when the member opted in to auto-pay,
 * charges it to the default method at once; otherwise it waits, open, to be paid. The mock
 * server's clock decides the day: a member's renewals are caught up before each of their
 * requests (a real server runs them on a schedule), from the day the space was seeded on.
 */
import type {Renewal} from '@portico/sdk/contract';
import {zonedDateTimeToInstant} from '@portico/sdk/domain';
import {invariant, problem} from '../../problem.js';
import type {Db, Transaction} from '../../state/db.js';
import type {Reader} from '../../state/lookups.js';
import {ofMember, today} from '../../state/lookups.js';
import type {AutoPayRow, MemberRow, MembershipRow, SeedMeta, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {startMembership} from '../membership/memberships.js';
import {followerOf} from '../membership/rules.js';
import {markBilled} from './billed-items.js';
import {issueInvoice} from './invoices.js';
import {memberPaymentMethods} from './payment-methods.js';
import {chargeOffSession} from './payments.js';
import {nextInvoice, nextMembershipCharge} from './upcoming.js';

/** Whether the member opted in to auto-pay. */
export function autoPayOn(reader: Reader, member: MemberRow): boolean {
  const row = reader.get<AutoPayRow>(TABLES.autoPay, member.id);
  return row?.spaceId === member.spaceId && row.on;
}

/** The membership's next renewal and the member's auto-pay. */
export function renewalOf(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): Renewal {
  const charge = nextMembershipCharge(reader, member, today(space, now));
  return {
    next: charge && {on: charge.on, plan: charge.plan, amount: charge.line.unitPrice},
    autoPay: autoPayOn(reader, member),
  };
}

/** Turns auto-pay on (with a saved method to charge: else 409 `no_payment_method`) or off. */
export function setAutoPay(tx: Transaction, member: MemberRow, on: boolean): void {
  if (on && memberPaymentMethods(tx, member).length === 0)
    throw problem('no_payment_method', 'Save a payment method before turning auto-pay on.');
  const {id, spaceId} = member;
  tx.put<AutoPayRow>(TABLES.autoPay, {id, spaceId, memberId: id, on});
}

/**
 * The member's membership that renews by `day` (a period after the seeding), if any. A plan
 * change starts a membership of its own on its day: that is not this one's renewal.
 */
function dueRenewal(reader: Reader, member: MemberRow, day: string, since: string) {
  return ofMember<MembershipRow>(reader, TABLES.memberships, member).find((membership) => {
    const last = membership.validUntil;
    if (membership.status !== 'active' || last === null || followerOf(reader, member, membership))
      return false;
    // Asked on its last day, the membership is current and says when it bills next.
    const charge = nextMembershipCharge(reader, member, last);
    return charge?.membershipId === membership.id && charge.on <= day && charge.on > since;
  });
}

/** Renews `membership` for the period that starts the day after its last one. */
function renew(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  membership: MembershipRow,
  today: string,
) {
  // What the upcoming preview showed the day before, computed the same way.
  const {charge, lines} = nextInvoice(tx, member, membership.validUntil ?? today);
  // `dueRenewal` found it; a period that does not move on would loop for ever.
  invariant(charge && charge.on <= today, 'Failed to renew membership %s.', membership.id);
  const at = zonedDateTimeToInstant(charge.on, '00:00', space.timeZone);
  startMembership(tx, space, member, membership, charge.on, at);
  if (lines.length === 0) return;
  const invoice = issueInvoice(tx, space, member, lines, at);
  markBilled(tx, invoice);
  const method = memberPaymentMethods(tx, member).find((m) => m.isDefault);
  if (method && autoPayOn(tx, member)) chargeOffSession(tx, space, member, invoice, method, at);
}

/** Issues (and, with auto-pay, charges) every renewal of the member due by now, oldest first. */
export function catchUpRenewals(db: Db, space: SpaceRow, member: MemberRow, now: number): void {
  if (!space.features.billing) return;
  const day = today(space, now);
  const since = db.get<SeedMeta>(TABLES.meta, 'seed')?.seededAt.slice(0, 10) ?? day;
  // Reading first: most requests find nothing to renew and write nothing.
  if (!dueRenewal(db, member, day, since)) return;
  db.transaction((tx) => {
    for (
      let due = dueRenewal(tx, member, day, since);
      due;
      due = dueRenewal(tx, member, day, since)
    )
      renew(tx, space, member, due, day);
  });
}
