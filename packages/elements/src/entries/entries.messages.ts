import {addMessages} from '../i18n/msg.js';

/** The entries's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'entries.title': 'Your entries',
  'entries.loading': 'Loading your entries…',
  'entries.error': 'Your entries could not be loaded.',
  'entries.remaining': {
    one: '{count} of {total} entries left',
    other: '{count} of {total} entries left',
  },
  'entries.used': {one: '{count} used this period', other: '{count} used this period'},
  'entries.progress': 'Entries used',
  'entries.validity': 'Valid from {from} to {until}',
  'entries.validFrom': 'Valid from {from}',
  'entries.checkIn': 'Check in for today',
  'entries.checkingIn': 'Checking in…',
  'entries.checkedIn': 'You are checked in for today ({time}).',
  'entries.checkedInAnnounce': {
    one: 'Checked in for today. {count} entry left.',
    other: 'Checked in for today. {count} entries left.',
  },
  'entries.noneLeft': 'No entries left this period.',
  'entries.notActive': 'Your membership is not active, so you cannot check in.',
  'entries.termsNeeded': 'Accept the space’s terms before checking in.',
  'entries.closed': 'The space is closed now: check in during its opening hours.',
  'entries.checkInError': 'Checking in failed.',
  'entries.history': 'Check-ins',
  'entries.noHistory': 'No check-ins yet.',
  'entries.otherPlan': 'Your plan, {plan}, does not count entries.',
  'entries.unlimited': 'Come in any day you like.',
  'entries.planGives': 'Each period it gives you:',
  'entries.planCredits': {one: '{count} credit', other: '{count} credits'},
  'entries.planProduct': '{quantity} × {name}',
  'entries.noMembership': 'You have no membership yet.',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./entries.messages.fr.js').then((module) => module.fr)});
