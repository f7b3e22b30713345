import type {Catalog} from './catalog.js';
import type {en} from './en.js';

/** French. French uses the singular for 0 and 1 ("0 crédit"), which `Intl.PluralRules` knows. */
export const fr = {
  'state.loading': 'Chargement…',
  'state.retry': 'Réessayer',
  'state.signedOut': 'Connectez-vous pour voir ceci.',
  'state.signIn': 'Se connecter',
  'state.refreshError': 'Impossible de mettre à jour ces informations.',
  'error.generic': 'Un problème est survenu de notre côté.',
  'error.rateLimited': 'Trop de demandes : patientez un instant, puis réessayez.',
  'error.signedOut': 'Votre session a pris fin : reconnectez-vous.',
  'error.forbidden': 'Votre compte ne permet pas de faire ceci.',
  'error.notFound': "Cet élément n'existe plus.",
  'error.invalidResponse': 'Le serveur a envoyé une réponse que cette page ne comprend pas.',
  'error.offline': 'Vous semblez être hors ligne.',
  'error.unavailable': 'Le service est indisponible, réessayez dans un instant.',
  'error.notConfigured': "Ce widget n'est pas relié à une API Portico.",
} as const satisfies Catalog<typeof en>;
