import type {Catalog} from '../i18n/catalog.js';
import {addMessages} from '../i18n/msg.js';

/** The profile form's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'profile.title': 'Your profile',
  'profile.loading': 'Loading your profile…',
  'profile.error': 'Your profile could not be loaded.',
  'profile.signedOut': 'Sign in to see your profile.',
  'profile.email': 'Email',
  'profile.name': 'Name',
  'profile.phone': 'Phone',
  'profile.company': 'Company',
  'profile.bio': 'About you',
  'profile.photoUrl': 'Photo URL',
  'profile.photoUrlHint': 'A link to a picture (https://…).',
  'profile.locale': 'Language',
  'profile.save': 'Save',
  'profile.saving': 'Saving…',
  'profile.saved': 'Your profile is saved.',
  'profile.saveError': 'Your profile could not be saved.',
  'profile.nameRequired': 'Enter your name.',
  'profile.photoUrlInvalid': 'Enter a web address starting with https://.',
  'profile.signOut': 'Sign out',
  'profile.signingOut': 'Signing out…',
  'profile.language.en': 'English',
  'profile.language.fr': 'Français',
  'profile.feed.title': 'Calendar',
  'profile.feed.hint':
    'Your bookings in your own calendar app, kept up to date. Keep the link to yourself: anyone who has it sees your bookings.',
  'profile.feed.subscribe': 'Subscribe in your calendar',
  'profile.feed.copy': 'Copy link',
  'profile.feed.link': 'Calendar link',
  'profile.feed.copied': 'Link copied.',
  'profile.feed.copyFailed': 'The link could not be copied: it is selected, copy it yourself.',
  'profile.feed.reset': 'Reset link',
  'profile.feed.resetWarning':
    'Reset the link? Calendars subscribed with the current link stop updating; subscribe again with the new one.',
  'profile.feed.resetConfirm': 'Reset link',
  'profile.feed.resetting': 'Resetting…',
  'profile.feed.keep': 'Keep the link',
  'profile.feed.resetDone': 'New link ready. Subscribe again in your calendar.',
  'profile.feed.resetFailed': 'The link could not be reset.',
  'profile.feed.error': 'Your calendar link could not be loaded.',
} as const;

/** The profile form's text in French. */
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

// Registered when the element's module loads: a page pays only for its widgets' text.
addMessages({en, fr});
