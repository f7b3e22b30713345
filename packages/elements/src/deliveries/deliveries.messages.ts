import {addMessages} from '../i18n/msg.js';

/** The deliveries' text in English: the reference, every other language has exactly these keys. */
export const en = {
  'deliveries.title': 'Your deliveries',
  'deliveries.loading': 'Loading your deliveries…',
  'deliveries.error': 'Your deliveries could not be loaded.',
  'deliveries.waiting': {one: '{count} parcel waiting', other: '{count} parcels waiting'},
  'deliveries.noneWaiting': 'Nothing is waiting for you at the front desk.',
  'deliveries.size.letter': 'Letter',
  'deliveries.size.small': 'Small parcel',
  'deliveries.size.medium': 'Parcel',
  'deliveries.size.large': 'Large parcel',
  'deliveries.from': 'From {sender}',
  'deliveries.where': 'Waiting at {location}',
  'deliveries.arrived': 'Arrived {when}',
  'deliveries.collect': 'Mark collected',
  'deliveries.collecting': 'Marking collected…',
  'deliveries.collectedAnnounce': 'Marked collected: {carrier}.',
  'deliveries.collectError': 'The parcel could not be marked collected.',
  'deliveries.alreadyCollected': 'This parcel was already collected.',
  'deliveries.newParcel': 'A parcel from {carrier} is waiting for you at {location}.',
  'deliveries.history': 'Collected in the last 12 months',
  'deliveries.noHistory': 'No parcels collected in the last 12 months.',
  'deliveries.collectedOn': 'Collected {when}',
  'deliveries.collectedByDesk': 'Handed over by the front desk {when}',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./deliveries.messages.fr.js').then((module) => module.fr)});
