import type {
  AuthResult,
  Booking,
  BookingCreated,
  BookingQuote,
  CreditBalance,
  Profile,
  Order,
  Product,
  Session,
  Space,
} from '../../src/contract/index.js';
import {ALL_FEATURES} from '../../src/domain/index.js';

/** Data that satisfies the contract's schemas, for answers of the test servers. */
export const session: Session = {token: 'tok_ada', expiresAt: '2099-01-01T00:00:00Z'};

export const member: Profile = {
  id: 'm_ada',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  phone: null,
  company: null,
  bio: null,
  photoUrl: null,
  locale: 'en',
  termsAcceptedVersion: '2024-01',
  termsAccepted: true,
  createdAt: '2024-01-01T09:00:00Z',
};

export const authResult: AuthResult = {session, member, isNew: false};

export const credits = (total: number): CreditBalance => ({
  total,
  buckets: [
    {
      id: 'cb_1',
      amount: total,
      source: 'membership',
      grantedAt: '2024-01-01T00:00:00Z',
      expiresAt: null,
    },
  ],
  nextExpiry: null,
});

export const booking: Booking = {
  id: 'b_1',
  resourceId: 'r_lovelace',
  resourceName: 'Lovelace room',
  start: '2030-03-04T09:00:00+01:00',
  end: '2030-03-04T10:00:00+01:00',
  status: 'confirmed',
  note: null,
  cost: {credits: 4, money: null},
  seriesId: null,
  createdAt: '2030-03-01T09:00:00+01:00',
  cancelledAt: null,
  refund: null,
  freeCancellationUntil: '2030-03-03T09:00:00+01:00',
};

export const bookingCreated: BookingCreated = {
  bookings: [booking],
  cost: {credits: 4, money: null},
  creditsRemaining: 6,
};

export const bookingQuote: BookingQuote = {
  occurrences: [{start: booking.start, end: booking.end}],
  cost: {credits: 4, money: null},
  creditsAvailable: 10,
  creditsUsed: [{bucketId: 'cb_1', source: 'membership', amount: 4, expiresAt: null}],
  affordable: true,
  freeCancellationUntil: booking.freeCancellationUntil,
  lateRefundPercent: 50,
  requiresApproval: false,
};

export const order: Order = {
  id: 'o_1',
  status: 'pending_payment',
  lines: [],
  subtotal: {amount: 5000, currency: 'EUR'},
  discount: null,
  total: {amount: 5000, currency: 'EUR'},
  createdAt: '2030-03-01T09:00:00+01:00',
  paidAt: null,
  cancelledAt: null,
  invoice: null,
};

export const dayPass: Product = {
  id: 'pass',
  name: 'Day pass',
  description: '',
  kind: 'day_pass',
  price: {amount: 2500, currency: 'EUR'},
  stock: null,
  credits: null,
  creditsValidDays: null,
  photoUrl: null,
};

export const bookingRequest = {
  resourceId: 'r_lovelace',
  start: booking.start,
  end: booking.end,
};

const weekday = [{open: '08:00', close: '19:00'}];
export const space: Space = {
  id: 'sp_demo',
  slug: 'demo',
  name: 'La Canopée',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  locales: ['en', 'fr'],
  defaultLocale: 'en',
  address: '1 rue de la Paix, Paris',
  openingHours: {
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: [],
    sun: [],
  },
  closures: [],
  terms: {version: '2024-01', url: 'https://example.com/terms'},
  cancellationPolicy: {freeUntilHoursBefore: 24, lateRefundPercent: 50},
  membershipPolicy: {
    selfService: {join: true, change: true, cancel: true},
    noticeDays: 14,
    contact: {name: 'the front desk', email: 'hello@example.com'},
  },
  branding: {primaryColor: '#2d5bff', logoUrl: null},
  features: ALL_FEATURES,
};
