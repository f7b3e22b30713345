import {addMessages} from '../i18n/msg.js';

/** The notifications' text in English: the reference, every other language has exactly these keys. */
export const en = {
  'notifications.title': 'Notifications',
  'notifications.loading': 'Loading your notifications…',
  'notifications.error': 'Your notifications could not be loaded.',
  'notifications.signedOut': 'Sign in to see your notifications.',
  'notifications.empty': 'No notifications yet.',
  'notifications.allRead': 'You are all caught up: no unread notifications.',
  'notifications.unreadBadge': {one: '{count} unread', other: '{count} unread'},
  'notifications.unreadMany': 'more than {count} unread',
  'notifications.unread': 'Unread',
  'notifications.markRead': 'Mark as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.marking': 'Marking…',
  'notifications.markedRead': 'Marked as read.',
  'notifications.markedAllRead': {
    one: '{count} notification marked as read.',
    other: '{count} notifications marked as read.',
  },
  'notifications.markError': 'It could not be marked as read.',
  'notifications.markAllError': {
    one: '{count} notification could not be marked as read.',
    other: '{count} notifications could not be marked as read.',
  },
  'notifications.more': 'Show older notifications',
  'notifications.kind.booking': 'Booking',
  'notifications.kind.payment': 'Payment',
  'notifications.kind.billing': 'Billing',
  'notifications.kind.membership': 'Membership',
  'notifications.kind.announcement': 'Announcement',
  'notifications.kind.other': 'Notice',
  'notifications.bookingConfirmed.title': '{room} booked',
  'notifications.bookingConfirmed.body': {
    one: '{when}. See you there!',
    other: '{count} times from {when}. See you there!',
  },
  'notifications.bookingRequested.title': '{room} requested',
  'notifications.bookingRequested.body': {
    one: '{when}. The team will confirm your request.',
    other: '{count} times from {when}. The team will confirm your request.',
  },
  'notifications.bookingApproved.title': '{room} confirmed',
  'notifications.bookingApproved.body': {
    one: '{when}. The team approved your request.',
    other: '{count} times from {when}. The team approved your request.',
  },
  'notifications.bookingDeclined.title': '{room} declined',
  'notifications.bookingDeclined.body': {
    one: '{when}. The team could not accept your request; it is fully refunded.',
    other:
      '{count} times from {when}. The team could not accept your request; it is fully refunded.',
  },
  'notifications.bookingCancelled.title': '{room} cancelled',
  'notifications.bookingCancelled.refunded': '{when}. Fully refunded.',
  'notifications.bookingCancelled.late': '{when}. Late cancellation: {percent} refunded.',
  'notifications.orderPaid.title': 'Payment received',
  'notifications.orderPaid.body': 'Order {number} is paid ({total}). Thank you!',
  'notifications.invoiceCredited.title': 'Credit note {number}',
  'notifications.invoiceCredited.reduced': 'Invoice {invoice} is reduced by {amount}.',
  'notifications.invoiceCredited.refunded':
    'Invoice {invoice} is reduced by {amount}, refunded to you.',
  'notifications.creditsExpiring.title': {
    one: '{count} credit expires soon',
    other: '{count} credits expire soon',
  },
  'notifications.creditsExpiring.body': 'Use them before {date}.',
  'notifications.entriesLeft.title': {
    one: '{count} day left this month',
    other: '{count} days left this month',
  },
  'notifications.entriesLeft.body': 'You have used {used} of your {total} days.',
  'notifications.kind.frontDesk': 'Front desk',
  'notifications.kind.help': 'Help',
  'notifications.visitorArrived.title': 'Your visitor {name} has arrived',
  'notifications.visitorArrived.body': '{name} is waiting for you at the front desk.',
  'notifications.deliveryArrived.title': 'A parcel from {carrier} is waiting for you',
  'notifications.deliveryArrived.body': 'Collect it at {location}.',
  'notifications.requestAnswered.title': 'The space answered your request #{number}',
  'notifications.requestResolved.title': 'Your request #{number} is resolved',
  'notifications.requestClosed.title': 'Your request #{number} is closed',
  'notifications.kind.event': 'Event',
  'notifications.eventRegistered.title': "You're in: {title}",
  'notifications.eventRegistered.body': '{when}. See you there!',
  'notifications.eventWaitlisted.title': 'On the waitlist: {title}',
  'notifications.eventWaitlisted.body':
    "{when}. You are number {position} in line; we'll tell you if a seat opens.",
  'notifications.eventOffered.title': 'A seat is yours: {title}',
  'notifications.eventOffered.body':
    'A seat opened up. Confirm it by {date}, or it goes to the next person in line.',
  'notifications.eventReminder.title': 'Tomorrow: {title}',
  'notifications.eventReminder.body': '{when}, {place}.',
  'notifications.eventCancelled.title': 'Registration cancelled: {title}',
  'notifications.eventCancelled.released': '{when}. Your place is released.',
  'notifications.eventCancelled.refunded': '{when}. Fully refunded.',
  'notifications.eventCancelled.late': '{when}. Late cancellation: {percent} refunded.',
  'notifications.membershipStarting.title': 'Welcome aboard',
  'notifications.membershipStarting.body':
    'Your {plan} membership starts on {day}, once the payment is through.',
  'notifications.membershipJoined.title': 'Welcome to {plan}',
  'notifications.membershipJoined.body': 'Your {plan} membership starts on {day}.',
  'notifications.membershipRequested.title': 'Request sent',
  'notifications.membershipRequested.body':
    'The team will review your {plan} membership request shortly.',
  'notifications.membershipApproved.title': '{plan} approved',
  'notifications.membershipApproved.body':
    'The team approved your {plan} membership on {day}. If it has a price, it starts once paid.',
  'notifications.membershipChanging.title': 'Changing to {plan}',
  'notifications.membershipChanging.body': 'Your plan changes to {plan} on {day}.',
  'notifications.membershipCancelling.title': 'Membership cancelled',
  'notifications.membershipCancelling.body':
    'Your {plan} membership ends on {day}. Changed your mind? Undo it before then.',
  'notifications.membershipEnded.title': 'Your membership has ended',
  'notifications.membershipEnded.body':
    'Your {plan} membership ended on {day}. Renew any time from your portal.',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./notifications.messages.fr.js').then((module) => module.fr)});
