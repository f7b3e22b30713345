import {addMessages} from '../i18n/msg.js';

/** The directory's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'directory.title': 'Members',
  'directory.loading': 'Loading the member directory…',
  'directory.error': 'The member directory could not be loaded.',
  'directory.signedOut': 'Sign in to meet the other members.',
  'directory.visitor': 'Members: sign in to see everyone and get in touch.',
  'directory.search': 'Search members',
  'directory.searchHint': 'Name, company, role, skill or bio',
  'directory.skill': 'Skill',
  'directory.company': 'Company',
  'directory.any': 'Any',
  'directory.count': {one: '{count} member', other: '{count} members'},
  'directory.empty': 'Nobody is listed yet.',
  'directory.noMatch': 'No member matches. Try fewer words or another filter.',
  'directory.clear': 'Clear filters',
  'directory.more': 'Show more members',
  'directory.links': 'Links',
  'directory.showEmail': 'Show email',
  'directory.emailShown': '{name}’s email: {email}',
  'directory.emailError': 'The email could not be shown.',
  'directory.emailGone': 'This member no longer shows their email.',
  'directory.message': 'Send a message',
  'directory.messageTo': 'Message to {name}',
  'directory.messageHint':
    'Sent by email through the space. {name} sees your name and email to reply; their address stays private.',
  'directory.messageLabel': 'Your message',
  'directory.send': 'Send',
  'directory.sending': 'Sending…',
  'directory.cancel': 'Cancel',
  'directory.sent': 'Message sent to {name}.',
  'directory.messageEmpty': 'Write something first.',
  'directory.messageError': 'Your message could not be sent.',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./directory.messages.fr.js').then((module) => module.fr)});
