// The hardest room names a space may write, by resource id of the demo's first floor: the
// floor plan's names test and its screenshot show them. No test framework here: the
// screenshot script imports it.
import {MAX_NAME_LENGTH} from '@portico/sdk/contract';
import {RTL_TEXT} from './community.js';

export const ROOM_NAMES: Readonly<Record<string, string>> = {
  // The longest, nowhere to break.
  'room-atelier': `Atelier${'W'.repeat(MAX_NAME_LENGTH)}`.slice(0, MAX_NAME_LENGTH),
  // Right to left, with a zero-width joiner, as long as allowed.
  'room-verriere': `${RTL_TEXT} `.repeat(10).slice(0, MAX_NAME_LENGTH),
  // Word joiners (no break) and zero-width spaces (a break, nothing shown) between letters.
  'room-grand-salon': 'Salon\u2060W\u200B'.repeat(40).slice(0, MAX_NAME_LENGTH),
  // A short name keeps its one line, whole.
  'event-loft': 'Le Loft',
};
