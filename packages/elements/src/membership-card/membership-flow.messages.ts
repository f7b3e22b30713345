import {addMessages} from '../i18n/msg.js';

/**
 * The text of joining, changing and cancelling, in English: it loads with their code
 * (membership-flow.ts), so a card that is only read never downloads it.
 */
export const en = {
  'membership.confirm.join': 'Join {plan}',
  'membership.confirm.change': 'Change to {plan}',
  'membership.confirm.cancel': 'Cancel your {plan} membership',
  'membership.confirm.loading': 'Checking the price and dates…',
  'membership.confirm.price': 'Price',
  'membership.confirm.starts': 'Starts',
  'membership.confirm.startsToday': 'today, {date}',
  'membership.confirm.changesOn': 'From',
  'membership.confirm.changesOnValue': '{date}, your next period',
  'membership.confirm.endsOn': 'Last day',
  'membership.confirm.paidNow': 'Paid now with your saved card.',
  'membership.confirm.payLater': 'An order is left for you to pay.',
  'membership.confirm.approval': 'The team approves your membership before it starts.',
  'membership.confirm.billedFrom': 'Billed from {date}; nothing is charged today.',
  'membership.confirm.nothingMore': 'Nothing more is billed after that.',
  'membership.confirm.notice': {
    one: '{count} day of notice applies.',
    other: '{count} days of notice apply.',
  },
  'membership.confirm.included': 'Included each period',
  'membership.confirm.instead': 'Instead of',
  'membership.confirm.lose': 'You lose',
  'membership.confirm.nothingIncluded': 'Access only',
  'membership.confirm.joinButton': 'Join',
  'membership.confirm.payButton': 'Pay {amount} and join',
  'membership.confirm.changeButton': 'Confirm the change',
  'membership.confirm.cancelButton': 'Cancel membership',
  'membership.confirm.back': 'Back',
  'membership.working': 'Please wait…',
  'membership.done.join': 'Welcome to {plan}: your membership has started.',
  'membership.done.joinPayment': 'You joined {plan}: it starts once the order is paid.',
  'membership.done.joinApproval': 'You asked to join {plan}: the team will approve it.',
  'membership.done.change': 'Your plan changes to {plan} on {date}.',
  'membership.done.cancel': 'Your membership ends on {date}.',
  'membership.done.undoChange': 'You keep {plan}.',
  'membership.done.undoCancel': 'Your membership continues.',
  'membership.done.paid': 'Paid: your {plan} membership has started.',
  'membership.actionError': 'That did not go through.',
  'membership.declined': 'Your card was declined; nothing was charged.',
  'membership.forbidden': 'Plan changes go through the front desk here.',
  'membership.stale': 'Your membership changed meanwhile: here it is now.',
  'membership.termsFirst': 'Accept the house rules first, from your profile.',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./membership-flow.messages.fr.js').then((module) => module.fr)});
