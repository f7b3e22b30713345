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
  'credits.bookingSubject': '{room}, {when}',
  'credits.orderSubject': 'Order {number}',
} as const;

/**
 * The credit balance's text in French. Registered with the English when the element's module
 * loads: a page pays only for its widgets' text.
 */
export const fr = addMessages(en, {
  'credits.label': {one: 'crédit', other: 'crédits'},
  'credits.loading': 'Chargement de vos crédits…',
  'credits.error': 'Impossible de charger vos crédits.',
  'credits.empty': "Vous n'avez plus de crédits.",
  'credits.expiry': {
    one: '{count} crédit expire le {date}',
    other: '{count} crédits expirent le {date}',
  },
  'credits.buckets': 'Provenance de vos crédits',
  'credits.bucket': {one: '{count} crédit', other: '{count} crédits'},
  'credits.bucketExpires': 'expire le {date}',
  'credits.bucketNoExpiry': "n'expire pas",
  'credits.source.membership': 'Abonnement',
  'credits.source.purchase': 'Achat',
  'credits.source.grant': 'Offert',
  'credits.signedOut': 'Connectez-vous pour voir vos crédits.',
  'credits.buy': 'Acheter des crédits',
  'credits.showHistory': 'Historique',
  'credits.hideHistory': "Masquer l'historique",
  'credits.history': 'Historique de vos crédits',
  'credits.historyEmpty': 'Aucun mouvement de crédits pour le moment.',
  'credits.historyError': "Impossible de charger l'historique.",
  'credits.historyMore': 'Afficher plus',
  'credits.historyLatest': {
    one: 'Dernier mouvement affiché.',
    other: 'Les {count} derniers mouvements sont affichés.',
  },
  'credits.balanceAfter': {one: 'solde {count} crédit', other: 'solde {count} crédits'},
  'credits.reason.booking': 'Réservation',
  'credits.reason.refund': 'Remboursement',
  'credits.reason.purchase': 'Achat',
  'credits.reason.membership': 'Abonnement',
  'credits.reason.grant': 'Offert',
  'credits.reason.expiry': 'Expiration',
  'credits.bookingSubject': '{room}, {when}',
  'credits.orderSubject': 'Commande {number}',
});
