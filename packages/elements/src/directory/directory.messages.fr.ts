import type {Catalog} from '../i18n/catalog.js';
import type {en} from './directory.messages.js';

/** The directory's text in French: a lazy chunk, loaded with a French page or on first French render. */
export const fr = {
  'directory.title': 'Membres',
  'directory.loading': 'Chargement de l’annuaire des membres…',
  'directory.error': 'Impossible de charger l’annuaire des membres.',
  'directory.signedOut': 'Connectez-vous pour rencontrer les autres membres.',
  'directory.visitor': 'Membres : connectez-vous pour voir tout le monde et prendre contact.',
  'directory.search': 'Rechercher un membre',
  'directory.searchHint': 'Nom, entreprise, métier, compétence ou présentation',
  'directory.skill': 'Compétence',
  'directory.company': 'Entreprise',
  'directory.any': 'Toutes',
  'directory.count': {one: '{count} membre', other: '{count} membres'},
  'directory.empty': 'Personne n’est encore inscrit.',
  'directory.noMatch': 'Aucun membre ne correspond. Essayez moins de mots ou un autre filtre.',
  'directory.clear': 'Effacer les filtres',
  'directory.more': 'Plus de membres',
  'directory.links': 'Liens',
  'directory.showEmail': 'Afficher l’e-mail',
  'directory.emailShown': 'E-mail de {name} : {email}',
  'directory.emailError': 'Impossible d’afficher l’e-mail.',
  'directory.emailGone': 'Ce membre n’affiche plus son e-mail.',
  'directory.message': 'Envoyer un message',
  'directory.messageTo': 'Message à {name}',
  'directory.messageHint':
    'Envoyé par e-mail par l’espace. {name} voit votre nom et votre e-mail pour répondre ; son adresse reste privée.',
  'directory.messageLabel': 'Votre message',
  'directory.send': 'Envoyer',
  'directory.sending': 'Envoi…',
  'directory.cancel': 'Annuler',
  'directory.sent': 'Message envoyé à {name}.',
  'directory.messageEmpty': 'Écrivez d’abord quelque chose.',
  'directory.messageError': 'Impossible d’envoyer votre message.',
} as const satisfies Catalog<typeof en>;
