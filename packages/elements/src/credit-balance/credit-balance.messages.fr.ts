import type {Catalog} from '../i18n/catalog.js';
import type {en} from './credit-balance.messages.js';

/**
 * The credit balance's text in French: a lazy chunk, loaded with a French page or when the element first
 * renders in French (it waits for it, as for its data).
 */
export const fr = {
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
  'credits.reason.event': 'Événement',
  'credits.bookingSubject': '{room}, {when}',
  'credits.orderSubject': 'Commande {number}',
} as const satisfies Catalog<typeof en>;
