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

/**
 * The notifications' text in French. Registered with the English when the element's module
 * loads: a page pays only for its widgets' text.
 */
export const fr = addMessages(en, {
  'notifications.title': 'Notifications',
  'notifications.loading': 'Chargement de vos notifications…',
  'notifications.error': 'Impossible de charger vos notifications.',
  'notifications.signedOut': 'Connectez-vous pour voir vos notifications.',
  'notifications.empty': 'Aucune notification pour le moment.',
  'notifications.allRead': 'Vous êtes à jour : aucune notification non lue.',
  'notifications.unreadBadge': {one: '{count} non lue', other: '{count} non lues'},
  'notifications.unreadMany': 'plus de {count} non lues',
  'notifications.unread': 'Non lue',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.marking': 'En cours…',
  'notifications.markedRead': 'Marquée comme lue.',
  'notifications.markedAllRead': {
    one: '{count} notification marquée comme lue.',
    other: '{count} notifications marquées comme lues.',
  },
  'notifications.markError': 'Impossible de la marquer comme lue.',
  'notifications.markAllError': {
    one: "{count} notification n'a pas pu être marquée comme lue.",
    other: "{count} notifications n'ont pas pu être marquées comme lues.",
  },
  'notifications.more': 'Afficher les plus anciennes',
  'notifications.kind.booking': 'Réservation',
  'notifications.kind.payment': 'Paiement',
  'notifications.kind.membership': 'Abonnement',
  'notifications.kind.announcement': 'Annonce',
  'notifications.kind.other': 'Avis',
  'notifications.bookingConfirmed.title': 'Réservation confirmée : {room}',
  'notifications.bookingConfirmed.body': {
    one: '{when}. À bientôt !',
    other: '{count} fois à partir du {when}. À bientôt !',
  },
  'notifications.bookingRequested.title': 'Demande envoyée : {room}',
  'notifications.bookingRequested.body': {
    one: "{when}. L'équipe va confirmer votre demande.",
    other: "{count} fois à partir du {when}. L'équipe va confirmer votre demande.",
  },
  'notifications.bookingApproved.title': 'Demande acceptée : {room}',
  'notifications.bookingApproved.body': {
    one: "{when}. L'équipe a accepté votre demande.",
    other: "{count} fois à partir du {when}. L'équipe a accepté votre demande.",
  },
  'notifications.bookingDeclined.title': 'Demande refusée : {room}',
  'notifications.bookingDeclined.body': {
    one: "{when}. L'équipe n'a pas pu accepter votre demande ; elle est entièrement remboursée.",
    other:
      "{count} fois à partir du {when}. L'équipe n'a pas pu accepter votre demande ; elle est entièrement remboursée.",
  },
  'notifications.bookingCancelled.title': 'Réservation annulée : {room}',
  'notifications.bookingCancelled.refunded': '{when}. Entièrement remboursée.',
  'notifications.bookingCancelled.late': '{when}. Annulation tardive : {percent} remboursés.',
  'notifications.orderPaid.title': 'Paiement reçu',
  'notifications.orderPaid.body': 'La commande {number} est payée ({total}). Merci !',
  'notifications.creditsExpiring.title': {
    one: '{count} crédit expire bientôt',
    other: '{count} crédits expirent bientôt',
  },
  'notifications.creditsExpiring.body': 'Utilisez-les avant le {date}.',
  'notifications.entriesLeft.title': {
    one: 'Plus que {count} jour ce mois-ci',
    other: 'Plus que {count} jours ce mois-ci',
  },
  'notifications.entriesLeft.body': 'Vous avez utilisé {used} de vos {total} jours.',
  'notifications.membershipStarting.title': 'Bienvenue à bord',
  'notifications.membershipStarting.body':
    'Votre abonnement {plan} commence le {day}, une fois le paiement reçu.',
  'notifications.membershipJoined.title': 'Bienvenue dans {plan}',
  'notifications.membershipJoined.body': 'Votre abonnement {plan} commence le {day}.',
  'notifications.membershipRequested.title': 'Demande envoyée',
  'notifications.membershipRequested.body':
    "L'équipe examinera bientôt votre demande d'abonnement {plan}.",
  'notifications.membershipApproved.title': '{plan} accepté',
  'notifications.membershipApproved.body':
    "L'équipe a accepté votre abonnement {plan} le {day}. S'il est payant, il commence une fois réglé.",
  'notifications.membershipChanging.title': 'Passage à {plan}',
  'notifications.membershipChanging.body': 'Votre formule passe à {plan} le {day}.',
  'notifications.membershipCancelling.title': 'Abonnement résilié',
  'notifications.membershipCancelling.body':
    "Votre abonnement {plan} prend fin le {day}. Vous changez d'avis ? Annulez la résiliation d'ici là.",
  'notifications.membershipEnded.title': 'Votre abonnement a pris fin',
  'notifications.membershipEnded.body':
    'Votre abonnement {plan} a pris fin le {day}. Renouvelez-le quand vous voulez depuis votre espace.',
});
