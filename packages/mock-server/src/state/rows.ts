/**
 * The rows the mock server keeps in its {@link Db}, one type per table. Rows are plain JSON
 * (they go to the journal as they are) and carry their `spaceId`, so every query is scoped to
 * one space. They are `type` aliases rather than interfaces so they satisfy `Row`'s index
 * signature.
 */
import type {
  BillingParty,
  InvoiceReference,
  BookingCost,
  BookingStatus,
  CreditSource,
  Floor,
  InvoiceLine,
  InvoiceStatus,
  LedgerBooking,
  LedgerOrder,
  MembershipStatus,
  Money,
  Notification,
  OrderLine,
  OrderStatus,
  PaymentFailure,
  PaymentMethod,
  Plan,
  Product,
  Refund,
  Resource,
  Scenario,
  Space,
  TaxLine,
} from '@portico/sdk/contract';
import type {DiscountCode} from '@portico/sdk/domain';

export type Writable<T> = {-readonly [K in keyof T]: T[K]};

export const TABLES = {
  meta: 'meta',
  spaces: 'spaces',
  resources: 'resources',
  floors: 'floors',
  plans: 'plans',
  products: 'products',
  discountCodes: 'discountCodes',
  members: 'members',
  memberships: 'memberships',
  payments: 'payments',
  creditBuckets: 'creditBuckets',
  ledger: 'ledger',
  bookings: 'bookings',
  orders: 'orders',
  checkIns: 'checkIns',
  notifications: 'notifications',
  sessions: 'sessions',
  calendarFeeds: 'calendarFeeds',
  otpChallenges: 'otpChallenges',
  otpFailures: 'otpFailures',
  mails: 'mails',
  invitations: 'invitations',
  billingSettings: 'billingSettings',
  billingDetails: 'billingDetails',
  invoiceSequences: 'invoiceSequences',
  invoices: 'invoices',
  paymentMethods: 'paymentMethods',
  paymentAttempts: 'paymentAttempts',
  autoPay: 'autoPay',
  communitySettings: 'communitySettings',
  directoryEntries: 'directoryEntries',
  directoryMessages: 'directoryMessages',
  directoryReveals: 'directoryReveals',
  postCategories: 'postCategories',
  posts: 'posts',
  postReads: 'postReads',
  replies: 'replies',
  helpCategories: 'helpCategories',
  helpRequests: 'helpRequests',
  attachments: 'attachments',
  guideCategories: 'guideCategories',
  guides: 'guides',
  guideFeedback: 'guideFeedback',
  visitorSettings: 'visitorSettings',
  visitors: 'visitors',
  deliveries: 'deliveries',
  idempotency: 'idempotency',
  events: 'events',
  eventRegistrations: 'eventRegistrations',
} as const;
export type TableName = (typeof TABLES)[keyof typeof TABLES];

// ---- meta rows (table `meta`)

export type SeedMeta = {
  id: 'seed';
  scenario: Scenario;
  seededAt: string;
};
/** The dev clock: `now = base clock + offsetMs`. */
export type ClockMeta = {id: 'clock'; offsetMs: number};
/** Counters behind readable, deterministic ids such as `bk_1001`. */
export type CountersMeta = {id: 'counters'; next: Record<string, number>};

// ---- the space's catalogue

export type SpaceRow = Writable<Space>;

export type ResourceRow = Writable<Resource> & {spaceId: string; sort: number};
/** `id` is unique across spaces (it is also what `position.floor` names); `sort` is `order`. */
export type FloorRow = Writable<Floor> & {spaceId: string; sort: number};
export type PlanRow = Writable<Plan> & {spaceId: string; sort: number};
export type ProductRow = Writable<Product> & {spaceId: string; sort: number};
/** `code` is stored as members type it and matched case-insensitively. */
export type DiscountCodeRow = Writable<DiscountCode> & {id: string; spaceId: string};

// ---- members and what they hold

export type MemberRow = {
  id: string;
  spaceId: string;
  email: string;
  name: string;
  phone: string | null;
  company: string | null;
  bio: string | null;
  photoUrl: string | null;
  locale: string;
  termsAcceptedVersion: string | null;
  createdAt: string;
  /** Null until the first login: that login answers `isNew: true`. */
  lastLoginAt: string | null;
};

/** The profile of a member who has told the space nothing yet but an email and a name. */
export const BLANK_PROFILE = {
  phone: null,
  company: null,
  bio: null,
  photoUrl: null,
} as const satisfies Partial<MemberRow>;

export type MembershipRow = {
  id: string;
  spaceId: string;
  memberId: string;
  planId: string;
  /** As stored; an `active` membership past `validUntil` reads as `expired`. */
  status: MembershipStatus;
  validFrom: string;
  validUntil: string | null;
  createdAt: string;
  /** What a `pending` membership waits for; null once active. */
  awaiting: 'payment' | 'approval' | null;
  /** The unpaid order of a plan joined without paying. */
  orderId: string | null;
  /** A cancellation the member asked for, undoable until `endsOn`. */
  cancellation: {endsOn: string; requestedAt: string} | null;
  /**
   * Set on a plan change: the membership this one follows from its `validFrom` (the next
   * period). Undoing the change deletes this row.
   */
  follows: string | null;
};

export type PaymentRow = {
  id: string;
  spaceId: string;
  memberId: string;
  membershipId: string | null;
  orderId: string | null;
  bookingId: string | null;
  amount: Money;
  status: 'paid' | 'pending' | 'failed' | 'refunded';
  description: string;
  createdAt: string;
  paidAt: string | null;
};

export type CreditBucketRow = {
  id: string;
  spaceId: string;
  memberId: string;
  amount: number;
  source: CreditSource;
  grantedAt: string;
  expiresAt: string | null;
};

export type LedgerRow = {
  id: string;
  spaceId: string;
  memberId: string;
  /** The entry's place in the member's chain (1, 2, …): the ledger is served in this order. */
  seq: number;
  at: string;
  delta: number;
  balanceAfter: number;
  reason: 'booking' | 'refund' | 'purchase' | 'membership' | 'grant' | 'expiry' | 'event';
  description: string;
  bookingId: string | null;
  orderId: string | null;
  booking: LedgerBooking | null;
  order: LedgerOrder | null;
};

export type BookingRow = {
  id: string;
  spaceId: string;
  memberId: string;
  resourceId: string;
  start: string;
  end: string;
  /** Epoch ms of `start` and `end`, so availability never re-parses instants. */
  startMs: number;
  endMs: number;
  status: BookingStatus;
  note: string | null;
  cost: BookingCost;
  seriesId: string | null;
  createdAt: string;
  cancelledAt: string | null;
  refund: Refund | null;
  /** Which buckets paid for it, so a refund goes back where the credits came from. */
  debits: {bucketId: string; amount: number}[];
  /** The pending payment of a booking paid with money. */
  paymentId: string | null;
};

export type OrderRow = {
  id: string;
  spaceId: string;
  memberId: string;
  status: OrderStatus;
  lines: OrderLine[];
  subtotal: Money;
  discount: {code: string; amount: Money} | null;
  /** The discount code row whose use this order holds (released on cancel). */
  discountCodeId: string | null;
  total: Money;
  /** The membership whose included units this order used. */
  membershipId: string | null;
  /** The membership this order pays for (a plan joined); paying it starts the membership. */
  paysMembershipId: string | null;
  createdAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
  /** The renewal invoice that billed it while pending: paying that invoice pays the order. */
  invoice?: {id: string; number: string};
};

export type CheckInRow = {
  id: string;
  spaceId: string;
  memberId: string;
  membershipId: string;
  day: string;
  at: string;
};

/** A notification as stored: the contract's shape (a `kind` with its `params`) plus its owner. */
export type NotificationRow = Notification & {spaceId: string; memberId: string};

// ---- billing

/** How a space invoices (row id = the space id): its prefix, tax and legal details. */
export type BillingSettingsRow = {
  id: string;
  spaceId: string;
  /** Invoice numbers are `${prefix}-000042`. */
  prefix: string;
  taxMode: 'exclusive' | 'inclusive';
  /** The rate (basis points) of everything the space sells. */
  taxRate: number;
  /** Days from issue to due. */
  paymentTermsDays: number;
  seller: BillingParty;
};

/** The member's billing details (row id = the member id). */
export type BillingDetailsRow = BillingParty & {id: string; spaceId: string; memberId: string};

/** A member who opted in to auto-pay (the row's id is the member's); no row: off. */
export type AutoPayRow = {id: string; spaceId: string; memberId: string; on: boolean};

/** The last invoice sequence a space issued (row id = the space id): numbers never skip or repeat. */
export type InvoiceSequenceRow = {id: string; spaceId: string; last: number};

/**
 * An issued invoice or credit note. Its lines, totals and both parties never change; only
 * `status`, `amountPaid` and `paidAt` move when it is paid, `amountCredited` and `credits` when
 * a credit note takes something off. `overdue` is not stored: it is `open` past
 * `dueOn` in the space's time zone.
 */
export type InvoiceRow = {
  id: string;
  spaceId: string;
  memberId: string;
  sequence: number;
  number: string;
  status: Exclude<InvoiceStatus, 'overdue'>;
  issuedOn: string;
  dueOn: string;
  issuedAt: string;
  paidAt: string | null;
  currency: string;
  taxMode: 'exclusive' | 'inclusive';
  lines: InvoiceLine[];
  subtotal: Money;
  taxes: TaxLine[];
  total: Money;
  amountPaid: Money;
  /** What credit notes took off it (positive). */
  amountCredited: Money;
  seller: BillingParty;
  buyer: BillingParty;
  /** A credit note's invoice; the credit notes against an invoice. */
  creditNoteFor: InvoiceReference | null;
  credits: InvoiceReference[];
  /** The payment that settled it; null when it was paid on the spot (an order paid by card). */
  paidBy: string | null;
};

/** A saved method; `token` is the provider's test token, which decides how charges go. */
export type PaymentMethodRow = Writable<Omit<PaymentMethod, 'isDefault'>> & {
  spaceId: string;
  memberId: string;
  token: string;
  isDefault: boolean;
};

/**
 * One attempt to pay invoices: the attempt log. A declined one is kept (with its `failure`),
 * and nothing else changes. `authentication` is what the member chose on the bank's page.
 */
export type PaymentAttemptRow = {
  id: string;
  spaceId: string;
  memberId: string;
  status: 'succeeded' | 'requires_action' | 'failed';
  amount: Money;
  invoiceIds: string[];
  paymentMethodId: string;
  failure: PaymentFailure | null;
  actionUrl: string | null;
  authentication: 'pending' | 'approved' | 'declined' | null;
  createdAt: string;
};

// ---- auth

/** The row id is the bearer token itself. */
export type SessionRow = {
  id: string;
  spaceId: string;
  memberId: string;
  createdAt: string;
  expiresAt: string;
  expiresAtMs: number;
};
/**
 * A member's calendar feed; the row id is the member id (one feed each). `secret` is the
 * credential in the feed's address, found by comparing every feed's in constant time.
 */
export type CalendarFeedRow = {
  id: string;
  spaceId: string;
  memberId: string;
  secret: string;
  createdAt: string;
};
export type OtpChallengeRow = {
  id: string;
  spaceId: string;
  email: string;
  code: string;
  sentAtMs: number;
  usedAt: string | null;
};
export type OtpFailureRow = {id: string; spaceId: string; email: string; atMs: number};
export type MailRow = {
  id: string;
  spaceId: string;
  to: string;
  subject: string;
  text: string;
  code: string | null;
  sentAt: string;
};
/** The row id is the invitation token from the link. */
export type InvitationRow = {
  id: string;
  spaceId: string;
  email: string;
  name: string;
  expiresAt: string;
  acceptedAt: string | null;
};

// ---- idempotency

export type IdempotencyRow = {
  id: string;
  spaceId: string;
  memberId: string;
  key: string;
  /** Route name and canonical body: a retry must match it exactly. */
  fingerprint: string;
  createdAtMs: number;
  response: {status: number; body: string | null; contentType: string | null};
};

// The later areas' rows live beside this file, one file per area.
export type * from './rows-community.js';
export type * from './rows-front-desk.js';
export type * from './rows-events.js';
