import type {Catalog} from '../i18n/catalog.js';
import type {en} from './entries.messages.js';

/**
 * The entries's text in French: a lazy chunk, loaded with a French page or when the element first
 * renders in French (it waits for it, as for its data).
 */
export const fr = {
  'entries.title': 'Vos entrées',
  'entries.loading': 'Chargement de vos entrées…',
  'entries.error': 'Impossible de charger vos entrées.',
  'entries.remaining': {
    one: '{count} entrée restante sur {total}',
    other: '{count} entrées restantes sur {total}',
  },
  'entries.used': {
    one: '{count} utilisée sur la période',
    other: '{count} utilisées sur la période',
  },
  'entries.progress': 'Entrées utilisées',
  'entries.validity': 'Valable du {from} au {until}',
  'entries.validFrom': 'Valable à partir du {from}',
  'entries.checkIn': "Pointer pour aujourd'hui",
  'entries.checkingIn': 'Pointage…',
  'entries.checkedIn': "Vous avez pointé aujourd'hui ({time}).",
  'entries.checkedInAnnounce': {
    one: "Pointage enregistré pour aujourd'hui. {count} entrée restante.",
    other: "Pointage enregistré pour aujourd'hui. {count} entrées restantes.",
  },
  'entries.noneLeft': "Plus d'entrée disponible sur cette période.",
  'entries.notActive': "Votre abonnement n'est pas actif : vous ne pouvez pas pointer.",
  'entries.termsNeeded': "Acceptez les conditions de l'espace avant de pointer.",
  'entries.closed': "L'espace est fermé en ce moment : pointez pendant ses heures d'ouverture.",
  'entries.checkInError': 'Le pointage a échoué.',
  'entries.history': 'Pointages',
  'entries.noHistory': 'Aucun pointage pour le moment.',
  'entries.otherPlan': 'Votre formule, {plan}, ne compte pas les entrées.',
  'entries.unlimited': 'Venez quand vous voulez.',
  'entries.planGives': 'Chaque période, elle vous donne :',
  'entries.planCredits': {one: '{count} crédit', other: '{count} crédits'},
  'entries.planProduct': '{quantity} × {name}',
  'entries.noMembership': "Vous n'avez pas encore d'abonnement.",
} as const satisfies Catalog<typeof en>;
