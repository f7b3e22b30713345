import type {Catalog} from '../i18n/catalog.js';
import type {en} from './notifications.messages.js';

/**
 * The notifications' text in French: a lazy chunk, loaded with a French page or when the element first
 * renders in French (it waits for it, as for its data).
 */
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
  'notifications.kind.billing': 'Facturation',
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
  'notifications.invoiceCredited.title': 'Avoir {number}',
  'notifications.invoiceCredited.reduced': 'La facture {invoice} est réduite de {amount}.',
  'notifications.invoiceCredited.refunded':
    'La facture {invoice} est réduite de {amount} ; ce montant vous est remboursé.',
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
  'notifications.kind.frontDesk': 'Accueil',
  'notifications.kind.help': 'Aide',
  'notifications.visitorArrived.title': 'Votre visiteur {name} est arrivé',
  'notifications.visitorArrived.body': "{name} vous attend à l'accueil.",
  'notifications.deliveryArrived.title': 'Un colis de {carrier} vous attend',
  'notifications.deliveryArrived.body': 'À récupérer : {location}.',
  'notifications.requestAnswered.title': "L'espace a répondu à votre demande n° {number}",
  'notifications.requestResolved.title': 'Votre demande n° {number} est résolue',
  'notifications.requestClosed.title': 'Votre demande n° {number} est fermée',
  'notifications.kind.event': 'Événement',
  'notifications.eventRegistered.title': 'Inscription confirmée : {title}',
  'notifications.eventRegistered.body': '{when}. À bientôt !',
  'notifications.eventWaitlisted.title': "Liste d'attente : {title}",
  'notifications.eventWaitlisted.body':
    "{when}. Vous êtes en position {position} sur la liste d'attente ; nous vous préviendrons si une place se libère.",
  'notifications.eventOffered.title': 'Une place pour vous : {title}',
  'notifications.eventOffered.body':
    "Une place s'est libérée. Confirmez-la avant le {date}, sinon elle revient à la personne suivante.",
  'notifications.eventReminder.title': 'Demain : {title}',
  'notifications.eventReminder.body': '{when}, {place}.',
  'notifications.eventCancelled.title': 'Inscription annulée : {title}',
  'notifications.eventCancelled.released': '{when}. Votre place est libérée.',
  'notifications.eventCancelled.refunded': '{when}. Entièrement remboursée.',
  'notifications.eventCancelled.late': '{when}. Annulation tardive : {percent} remboursés.',
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
} as const satisfies Catalog<typeof en>;
