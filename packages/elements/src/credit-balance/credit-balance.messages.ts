import {addMessages} from '../i18n/msg.js';

/** The credit balance's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'credits.label': {one: 'credit', other: 'credits'},
  'credits.loading': 'Loading your credits…',
  'credits.error': 'Your credits could not be loaded.',
  'credits.empty': 'You have no credits left.',
  'credits.expiry': {
    one: '{count} credit expires on {date}',
    other: '{count} credits expire on {date}',
  },
  'credits.buckets': 'Where your credits come from',
  'credits.bucket': {one: '{count} credit', other: '{count} credits'},
  'credits.bucketExpires': 'expires on {date}',
  'credits.bucketNoExpiry': 'does not expire',
  'credits.source.membership': 'Membership',
  'credits.source.purchase': 'Purchased',
  'credits.source.grant': 'Granted',
  'credits.signedOut': 'Sign in to see your credits.',
  'credits.buy': 'Buy credits',
  'credits.showHistory': 'History',
  'credits.hideHistory': 'Hide history',
  'credits.history': 'History of your credits',
  'credits.historyEmpty': 'No credit movements yet.',
  'credits.historyError': 'The history could not be loaded.',
  'credits.historyMore': 'Show more',
  'credits.historyLatest': {
    one: 'Showing the latest movement.',
    other: 'Showing the latest {count} movements.',
  },
  'credits.balanceAfter': {one: 'balance {count} credit', other: 'balance {count} credits'},
  'credits.reason.booking': 'Booking',
  'credits.reason.refund': 'Refund',
  'credits.reason.purchase': 'Purchase',
  'credits.reason.membership': 'Membership',
  'credits.reason.grant': 'Granted',
  'credits.reason.expiry': 'Expired',
  'credits.reason.event': 'Event',
  'credits.bookingSubject': '{room}, {when}',
  'credits.orderSubject': 'Order {number}',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./credit-balance.messages.fr.js').then((module) => module.fr)});
