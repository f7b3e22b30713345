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
} as const satisfies Catalog<typeof en>;

// Registered when the element's module loads: a page pays only for its widgets' text.
addMessages({en, fr});
