import {addMessages} from '../i18n/msg.js';

/** The entries's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'entries.title': 'Your entries',
  'entries.loading': 'Loading your entries…',
  'entries.error': 'Your entries could not be loaded.',
  'entries.remaining': {
    one: '{count} of {total} entries left',
    other: '{count} of {total} entries left',
  },
  'entries.used': {one: '{count} used this period', other: '{count} used this period'},
  'entries.progress': 'Entries used',
  'entries.validity': 'Valid from {from} to {until}',
  'entries.validFrom': 'Valid from {from}',
  'entries.checkIn': 'Check in for today',
  'entries.checkingIn': 'Checking in…',
  'entries.checkedIn': 'You are checked in for today ({time}).',
  'entries.checkedInAnnounce': {
    one: 'Checked in for today. {count} entry left.',
    other: 'Checked in for today. {count} entries left.',
  },
  'entries.noneLeft': 'No entries left this period.',
  'entries.notActive': 'Your membership is not active, so you cannot check in.',
  'entries.termsNeeded': 'Accept the space’s terms before checking in.',
  'entries.closed': 'The space is closed now: check in during its opening hours.',
  'entries.checkInError': 'Checking in failed.',
  'entries.history': 'Check-ins',
  'entries.noHistory': 'No check-ins yet.',
  'entries.otherPlan': 'Your plan, {plan}, does not count entries.',
  'entries.unlimited': 'Come in any day you like.',
  'entries.planGives': 'Each period it gives you:',
  'entries.planCredits': {one: '{count} credit', other: '{count} credits'},
  'entries.planProduct': '{quantity} × {name}',
  'entries.noMembership': 'You have no membership yet.',
} as const;

/**
 * The entries's text in French. Registered with the English when the element's module
 * loads: a page pays only for its widgets' text.
 */
export const fr = addMessages(en, {
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
});
