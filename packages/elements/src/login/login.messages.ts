import type {Catalog} from '../i18n/catalog.js';
import {addMessages} from '../i18n/msg.js';

/** The login's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'login.email': 'Email',
  'login.code': 'Code from the email',
  'login.sendCode': 'Send me a code',
  'login.verify': 'Log in',
  'login.sending': 'Sending…',
  'login.verifying': 'Logging in…',
  'login.codeSent': 'We sent a 6-digit code to {email}.',
  'login.changeEmail': 'Use another email',
  'login.loggedInAs': 'Logged in as {email}.',
  'login.logout': 'Log out',
  'login.invalidEmail': 'Enter a valid email address.',
  'login.invalidCode': 'The code is wrong, please check it and try again.',
  'login.codeExpired': 'The code has expired. Ask for a new one.',
  'login.tooManyAttempts': 'Too many attempts. Try again later.',
  'login.error': 'Logging in failed, please try again.',
} as const;

/** The login's text in French. */
export const fr = {
  'login.email': 'E-mail',
  'login.code': 'Code reçu par e-mail',
  'login.sendCode': 'Recevoir un code',
  'login.verify': 'Se connecter',
  'login.sending': 'Envoi…',
  'login.verifying': 'Connexion…',
  'login.codeSent': 'Nous avons envoyé un code à 6 chiffres à {email}.',
  'login.changeEmail': 'Utiliser une autre adresse',
  'login.loggedInAs': 'Connecté·e en tant que {email}.',
  'login.logout': 'Se déconnecter',
  'login.invalidEmail': 'Saisissez une adresse e-mail valide.',
  'login.invalidCode': 'Le code est incorrect, vérifiez-le et réessayez.',
  'login.codeExpired': 'Le code a expiré. Demandez-en un nouveau.',
  'login.tooManyAttempts': 'Trop de tentatives. Réessayez plus tard.',
  'login.error': 'La connexion a échoué, veuillez réessayer.',
} as const satisfies Catalog<typeof en>;

// Registered when the element's module loads: a page pays only for its widgets' text.
addMessages({en, fr});
