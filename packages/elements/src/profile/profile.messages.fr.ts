import type {Catalog} from '../i18n/catalog.js';
import type {en} from './profile.messages.js';

/**
 * The profile form's text in French: a lazy chunk, loaded with a French page or when the element first
 * renders in French (it waits for it, as for its data).
 */
export const fr = {
  'profile.title': 'Votre profil',
  'profile.loading': 'Chargement de votre profil…',
  'profile.error': 'Impossible de charger votre profil.',
  'profile.signedOut': 'Connectez-vous pour voir votre profil.',
  'profile.email': 'E-mail',
  'profile.name': 'Nom',
  'profile.phone': 'Téléphone',
  'profile.company': 'Entreprise',
  'profile.bio': 'À propos de vous',
  'profile.photoUrl': 'URL de la photo',
  'profile.photoUrlHint': 'Un lien vers une image (https://…).',
  'profile.locale': 'Langue',
  'profile.save': 'Enregistrer',
  'profile.saving': 'Enregistrement…',
  'profile.saved': 'Votre profil est enregistré.',
  'profile.saveError': "Impossible d'enregistrer votre profil.",
  'profile.nameRequired': 'Saisissez votre nom.',
  'profile.photoUrlInvalid': 'Saisissez une adresse web commençant par https://.',
  'profile.signOut': 'Se déconnecter',
  'profile.signingOut': 'Déconnexion…',
  'profile.language.en': 'English',
  'profile.language.fr': 'Français',
  'profile.feed.title': 'Calendrier',
  'profile.feed.hint':
    'Vos réservations dans votre propre agenda, tenues à jour. Gardez ce lien pour vous : quiconque l’a voit vos réservations.',
  'profile.feed.subscribe': 'S’abonner dans votre agenda',
  'profile.feed.copy': 'Copier le lien',
  'profile.feed.link': 'Lien du calendrier',
  'profile.feed.copied': 'Lien copié.',
  'profile.feed.copyFailed':
    'Impossible de copier le lien : il est sélectionné, copiez-le vous-même.',
  'profile.feed.reset': 'Réinitialiser le lien',
  'profile.feed.resetWarning':
    'Réinitialiser le lien ? Les agendas abonnés avec le lien actuel ne seront plus mis à jour ; abonnez-vous à nouveau avec le nouveau lien.',
  'profile.feed.resetConfirm': 'Réinitialiser le lien',
  'profile.feed.resetting': 'Réinitialisation…',
  'profile.feed.keep': 'Garder le lien',
  'profile.feed.resetDone': 'Nouveau lien prêt. Abonnez-vous à nouveau dans votre agenda.',
  'profile.feed.resetFailed': 'Impossible de réinitialiser le lien.',
  'profile.feed.error': 'Impossible de charger le lien de votre calendrier.',
} as const satisfies Catalog<typeof en>;
