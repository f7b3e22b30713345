import type {Catalog} from '../i18n/catalog.js';
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
} as const;

/** The notifications' text in French. */
export const fr = {
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
} as const satisfies Catalog<typeof en>;

// Registered when the element's module loads: a page pays only for its widgets' text.
addMessages({en, fr});
