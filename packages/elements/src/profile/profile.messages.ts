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

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./profile.messages.fr.js').then((module) => module.fr)});
