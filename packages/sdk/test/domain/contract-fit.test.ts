import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {
  BookingRules as ContractBookingRules,
  CreditBucket as ContractCreditBucket,
  ProblemCode,
  Space,
} from '../../src/contract/index.js';
import {PROBLEM_CODES} from '../../src/contract/index.js';
import type {
  BookingWindowIssue,
  CartQuote,
  CancellationRefund,
  RecurrenceExpansion,
} from '../../src/domain/index.js';
import {cancellationRefund, computeSlots, quoteCart, spendCredits} from '../../src/domain/index.js';
import {everyDay} from '../helpers/domain.js';
import {dayPass} from '../helpers/fixtures.js';

// The domain takes structural inputs; these values are typed by the contract, so the type
// check fails here first if the two drift apart.
const space: Pick<
  Space,
  'timeZone' | 'openingHours' | 'closures' | 'cancellationPolicy' | 'currency'
> = {
  timeZone: 'Europe/Paris',
  openingHours: everyDay(['09:00', '11:00']),
  closures: [{day: '2026-06-11', reason: 'Staff day'}],
  cancellationPolicy: {freeUntilHoursBefore: 24, lateRefundPercent: 50},
  currency: 'EUR',
};
const rules: ContractBookingRules = {
  slotMinutes: 60,
  minMinutes: 60,
  maxMinutes: 120,
  bufferMinutes: 0,
  advanceDays: 30,
  minimumNoticeMinutes: 0,
  requiresApproval: false,
};

type DomainCode =
  | BookingWindowIssue['code']
  | Extract<CartQuote, {ok: false}>['code']
  | Extract<RecurrenceExpansion, {ok: false}>['code']
  | Extract<CancellationRefund, {allowed: false}>['reason'];

const DOMAIN_CODES = {
  invalid_time_range: true,
  too_late: true,
  too_far_in_advance: true,
  outside_opening_hours: true,
  duration_out_of_range: true,
  invalid_quantity: true,
  unknown_product: true,
  out_of_stock: true,
  discount_invalid: true,
  discount_expired: true,
  discount_not_yet_valid: true,
  discount_exhausted: true,
  discount_minimum_not_met: true,
  recurrence_too_long: true,
  already_started: true,
} satisfies Record<DomainCode, true>;

test('every code the domain returns is a problem code of the API', () => {
  const known: readonly string[] = PROBLEM_CODES;
  const asProblem = (code: DomainCode): ProblemCode => code;
  for (const code of Object.keys(DOMAIN_CODES) as DomainCode[]) {
    assert.ok(known.includes(asProblem(code)), code);
  }
});

test('a space and resource as the contract describes them drive slots and refunds', () => {
  const slots = computeSlots({
    from: '2026-06-10T00:00:00+02:00',
    to: '2026-06-12T00:00:00+02:00',
    hours: space.openingHours,
    closures: space.closures,
    timeZone: space.timeZone,
    rules,
    busy: [],
    now: '2026-06-01T00:00:00Z',
  });
  assert.deepEqual(
    slots.map((slot) => slot.start),
    ['2026-06-10T09:00:00+02:00', '2026-06-10T10:00:00+02:00'],
  );
  const refund = cancellationRefund({
    start: '2026-06-10T09:00:00+02:00',
    now: '2026-06-10T08:00:00+02:00',
    policy: space.cancellationPolicy,
    paid: {credits: 4, money: null},
    timeZone: space.timeZone,
  });
  assert.equal(refund.allowed && refund.credits, 2);
});

test('contract credit buckets and products are accepted as they are', () => {
  const buckets: ContractCreditBucket[] = [
    {id: 'b1', amount: 3, source: 'grant', grantedAt: '2026-05-01T00:00:00Z', expiresAt: null},
  ];
  const spent = spendCredits(buckets, 2, '2026-06-01T00:00:00Z');
  assert.equal(spent.ok && spent.remaining[0]?.grantedAt, '2026-05-01T00:00:00Z');
  const quote = quoteCart({
    items: [{productId: dayPass.id, quantity: 2}],
    products: [dayPass],
    includedRemaining: {},
    discount: null,
    now: '2026-06-01T00:00:00Z',
    currency: space.currency,
  });
  assert.equal(quote.ok && quote.total.amount, 5000);
});
