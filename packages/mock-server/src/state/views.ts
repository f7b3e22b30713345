/**
 * Rows → contract objects. Each builds exactly the contract's fields, so nothing internal
 * (`spaceId`, `debits`, who booked a busy slot) ever leaks into a response.
 */
import type {
  BillingDetails,
  Booking,
  CreditBalance,
  CreditBucket,
  Invoice,
  InvoicePayment,
  InvoiceStatus,
  LedgerEntry,
  Profile,
  Membership,
  MembershipUsage,
  Notification,
  Order,
  Payment,
  PaymentMethod,
  Plan,
  Product,
  Floor,
  Resource,
  Space,
} from '@portico/sdk/contract';
import {addDays, daysBetween, freeCancellationUntil, parseInstant} from '@portico/sdk/domain';
import type {
  BillingDetailsRow,
  BookingRow,
  FloorRow,
  CheckInRow,
  CreditBucketRow,
  InvoiceRow,
  LedgerRow,
  MemberRow,
  MembershipRow,
  NotificationRow,
  OrderRow,
  PaymentAttemptRow,
  PaymentMethodRow,
  PaymentRow,
  PlanRow,
  ProductRow,
  ResourceRow,
  SpaceRow,
} from './rows.js';
import {effectiveStatus} from './lookups.js';

/** The listed fields of a row, copied one by one so nothing else the row carries leaks out. */
function pick<T extends object, const K extends keyof T>(row: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) picked[field] = row[field];
  return picked;
}

export function toSpace(space: SpaceRow): Space {
  const shown = pick(space, [
    'id',
    'slug',
    'name',
    'timeZone',
    'currency',
    'locales',
    'defaultLocale',
    'address',
    'openingHours',
    'closures',
    'terms',
    'cancellationPolicy',
    'membershipPolicy',
    'branding',
    'features',
  ]);
  // The mock server only takes test payment methods.
  return {...shown, testMode: true};
}

export function toMember(member: MemberRow, space: SpaceRow): Profile {
  const {id, email, name, phone, company, bio, photoUrl, locale, termsAcceptedVersion, createdAt} =
    member;
  const termsAccepted = termsAcceptedVersion === space.terms.version;
  return {
    id,
    email,
    name,
    phone,
    company,
    bio,
    photoUrl,
    locale,
    termsAcceptedVersion,
    termsAccepted,
    createdAt,
  };
}

export function toPlan(plan: PlanRow): Plan {
  const {id, name, description, kind, price, period, benefits, requiresApproval, resourceTypes} =
    plan;
  return {id, name, description, kind, price, period, benefits, requiresApproval, resourceTypes};
}

export function toFloor(floor: FloorRow): Floor {
  return pick(floor, ['id', 'name', 'order', 'width', 'height', 'svg', 'shapes']);
}

export function toResource(resource: ResourceRow): Resource {
  return pick(resource, [
    'id',
    'name',
    'type',
    'description',
    'capacity',
    'amenities',
    'photoUrl',
    'openingHours',
    'rules',
    'creditsPerHour',
    'pricePerHour',
    'position',
  ]);
}

export function toProduct(product: ProductRow): Product {
  const {id, name, description, kind, price, stock, credits, creditsValidDays, photoUrl} = product;
  return {id, name, description, kind, price, stock, credits, creditsValidDays, photoUrl};
}

export function toPayment(payment: PaymentRow): Payment {
  const {id, amount, status, description, createdAt, paidAt} = payment;
  return {id, amount, status, description, createdAt, paidAt};
}

const planSummary = (plan: PlanRow) => {
  const {id, name, kind, price, period} = plan;
  return {id, name, kind, price, period};
};

export function toMembership(
  membership: MembershipRow,
  plan: PlanRow,
  context: {
    day: string;
    checkIns: readonly CheckInRow[];
    payments: readonly PaymentRow[];
    /** The membership that follows this one after a plan change not yet in effect. */
    next?: {membership: MembershipRow; plan: PlanRow} | null;
  },
): Membership {
  const {day} = context;
  const status = effectiveStatus(membership, day);
  const {validFrom, validUntil} = membership;
  let usage: MembershipUsage;
  if (plan.kind === 'entries') {
    const used = context.checkIns.filter((c) => c.membershipId === membership.id).length;
    usage = {kind: 'entries', used, total: plan.benefits.entries ?? 0};
  } else if (plan.kind === 'time') {
    const daysTotal = validUntil === null ? 0 : daysBetween(validFrom, validUntil) + 1;
    const daysElapsed = Math.min(daysTotal, Math.max(0, daysBetween(validFrom, day) + 1));
    usage = {kind: 'time', daysElapsed, daysTotal};
  } else {
    usage = {kind: 'unlimited'};
  }
  const {cancellation} = membership;
  const next = context.next && context.next.membership.validFrom > day ? context.next : null;
  let nextBilling: Membership['nextBilling'] = null;
  // Nothing more is billed once a cancellation ends the membership by its last day.
  if (
    status === 'active' &&
    validUntil !== null &&
    !(cancellation && cancellation.endsOn <= validUntil)
  )
    nextBilling = {on: addDays(validUntil, 1), amount: (next?.plan ?? plan).price};
  if (status === 'pending') nextBilling = {on: validFrom, amount: plan.price};
  const payments = context.payments
    .filter((p) => p.membershipId === membership.id)
    .sort((a, b) => parseInstant(b.createdAt) - parseInstant(a.createdAt))
    .map(toPayment);
  return {
    id: membership.id,
    plan: planSummary(plan),
    status,
    validFrom,
    validUntil,
    usage,
    nextBilling,
    payments,
    awaiting: status === 'pending' ? membership.awaiting : null,
    orderId: status === 'pending' ? membership.orderId : null,
    scheduledChange: next && {plan: planSummary(next.plan), on: next.membership.validFrom},
    cancellation: status === 'active' ? cancellation : null,
  };
}

export function toBucket(bucket: CreditBucketRow): CreditBucket {
  const {id, amount, source, grantedAt, expiresAt} = bucket;
  return {id, amount, source, grantedAt, expiresAt};
}

/** Usable buckets only (non-empty, not expired), soonest to expire first. */
export function toBalance(buckets: readonly CreditBucketRow[], now: number): CreditBalance {
  const expiry = (b: CreditBucketRow) =>
    b.expiresAt === null ? Infinity : parseInstant(b.expiresAt);
  const usable = buckets
    .filter((b) => b.amount > 0 && expiry(b) > now)
    // Two never-expiring buckets give Infinity − Infinity = NaN: treat them as equal.
    .sort((a, b) => expiry(a) - expiry(b) || 0);
  const total = usable.reduce((sum, b) => sum + b.amount, 0);
  const first = usable[0];
  const nextExpiry =
    first && first.expiresAt !== null ? {amount: first.amount, expiresAt: first.expiresAt} : null;
  return {total, buckets: usable.map(toBucket), nextExpiry};
}

export function toLedgerEntry(row: LedgerRow): LedgerEntry {
  const {id, at, delta, balanceAfter, reason, description, bookingId, orderId, booking, order} =
    row;
  return {id, at, delta, balanceAfter, reason, description, bookingId, orderId, booking, order};
}

export function toBooking(
  row: BookingRow,
  resource: ResourceRow | undefined,
  space: SpaceRow,
): Booking {
  const {id, resourceId, start, end, status, note, cost, seriesId, createdAt, cancelledAt, refund} =
    row;
  return {
    id,
    resourceId,
    resourceName: resource?.name ?? 'Removed resource',
    start,
    end,
    status,
    note,
    cost,
    seriesId,
    createdAt,
    cancelledAt,
    refund,
    freeCancellationUntil: freeCancellationUntil(start, space.cancellationPolicy, space.timeZone),
  };
}

export function toOrder(row: OrderRow): Order {
  const {id, status, lines, subtotal, discount, total, createdAt, paidAt, cancelledAt} = row;
  const invoice = row.invoice ?? null;
  return {id, status, lines, subtotal, discount, total, createdAt, paidAt, cancelledAt, invoice};
}

export function toNotification(row: NotificationRow): Notification {
  const {spaceId: _space, memberId: _member, ...notification} = row;
  return notification;
}

/** `overdue` is derived: open and past its due day (`day` is today in the space's zone). */
export function invoiceStatus(row: InvoiceRow, day: string): InvoiceStatus {
  return row.status === 'open' && row.dueOn < day ? 'overdue' : row.status;
}

/** What an invoice still asks: nothing once void, credited in full, or a credit note itself. */
export function amountDueOf(row: InvoiceRow): number {
  if (row.status === 'void' || row.status === 'refunded' || row.status === 'credit_note') return 0;
  return Math.max(0, row.total.amount - row.amountPaid.amount - row.amountCredited.amount);
}

export function toInvoice(row: InvoiceRow, day: string): Invoice {
  const due = amountDueOf(row);
  return {
    ...pick(row, [
      'id',
      'number',
      'issuedOn',
      'dueOn',
      'paidAt',
      'currency',
      'taxMode',
      'lines',
      'subtotal',
      'taxes',
      'total',
      'amountPaid',
      'amountCredited',
      'seller',
      'buyer',
      'creditNoteFor',
      'credits',
    ]),
    status: invoiceStatus(row, day),
    amountDue: {amount: due, currency: row.currency},
  };
}

export function toPaymentMethod(row: PaymentMethodRow): PaymentMethod {
  return pick(row, [
    'id',
    'type',
    'brand',
    'last4',
    'expMonth',
    'expYear',
    'isDefault',
    'createdAt',
  ]);
}

export function toInvoicePayment(row: PaymentAttemptRow): InvoicePayment {
  return {
    ...pick(row, [
      'id',
      'status',
      'amount',
      'invoiceIds',
      'paymentMethodId',
      'failure',
      'createdAt',
    ]),
    nextAction:
      row.status === 'requires_action' && row.actionUrl
        ? {type: 'authenticate', url: row.actionUrl}
        : null,
  };
}

export function toBillingDetails(row: BillingDetailsRow): BillingDetails {
  return pick(row, ['name', 'company', 'address', 'taxId', 'email']);
}
