import type {Catalog} from '../i18n/catalog.js';
import type {en} from './deliveries.messages.js';

/** The deliveries' text in French: a lazy chunk, loaded with a French page. */
export const fr = {
  'deliveries.title': 'Vos colis',
  'deliveries.loading': 'Chargement de vos colis…',
  'deliveries.error': 'Impossible de charger vos colis.',
  'deliveries.waiting': {one: '{count} colis vous attend', other: '{count} colis vous attendent'},
  'deliveries.noneWaiting': "Rien ne vous attend à l'accueil.",
  'deliveries.size.letter': 'Lettre',
  'deliveries.size.small': 'Petit colis',
  'deliveries.size.medium': 'Colis',
  'deliveries.size.large': 'Gros colis',
  'deliveries.from': 'De {sender}',
  'deliveries.where': 'Vous attend : {location}',
  'deliveries.arrived': 'Arrivé {when}',
  'deliveries.collect': 'Marquer comme récupéré',
  'deliveries.collecting': 'Enregistrement…',
  'deliveries.collectedAnnounce': 'Marqué comme récupéré : {carrier}.',
  'deliveries.collectError': "Le colis n'a pas pu être marqué comme récupéré.",
  'deliveries.alreadyCollected': 'Ce colis a déjà été récupéré.',
  'deliveries.newParcel': 'Un colis de {carrier} vous attend : {location}.',
  'deliveries.history': 'Récupérés ces 12 derniers mois',
  'deliveries.noHistory': 'Aucun colis récupéré ces 12 derniers mois.',
  'deliveries.collectedOn': 'Récupéré {when}',
  'deliveries.collectedByDesk': "Remis par l'accueil {when}",
} as const satisfies Catalog<typeof en>;
