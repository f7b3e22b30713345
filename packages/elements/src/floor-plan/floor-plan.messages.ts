import {addMessages} from '../i18n/msg.js';

/** The floor plan's text in English: the reference, every other language has exactly these keys. */
export const en = {
  'floorPlan.loading': 'Loading the floor plan…',
  'floorPlan.error': 'The floor plan could not be loaded.',
  'floorPlan.noFloors': 'This space has no floor plan yet.',
  'floorPlan.floors': 'Floor',
  'floorPlan.date': 'Date',
  'floorPlan.from': 'From',
  'floorPlan.until': 'Until',
  'floorPlan.views': 'Show as',
  'floorPlan.view.map': 'Map',
  'floorPlan.view.list': 'List',
  'floorPlan.map': 'Floor plan of {floor}, {time}',
  'floorPlan.zoomIn': 'Zoom in',
  'floorPlan.zoomOut': 'Zoom out',
  'floorPlan.fit': 'Fit',
  'floorPlan.hint': 'Arrow keys move between places, Enter chooses one.',
  'floorPlan.legend': 'Legend',
  'floorPlan.state.free': 'Free',
  'floorPlan.state.partial': 'Partly free',
  'floorPlan.state.busy': 'Booked',
  'floorPlan.state.mine': 'Your booking',
  'floorPlan.state.closed': 'Closed',
  'floorPlan.state.unavailable': 'Not for your plan',
  'floorPlan.place.free': '{name}, free {time}',
  'floorPlan.place.partial': '{name}, partly free: {time}',
  'floorPlan.place.busy': '{name}, booked',
  'floorPlan.place.mine': '{name}, your booking {time}',
  'floorPlan.place.closed': '{name}, closed',
  'floorPlan.place.unavailable': '{name}, not for your plan',
  'floorPlan.listEmpty': 'No places on this floor.',
  'floorPlan.card.close': 'Close',
  'floorPlan.card.seats': {one: '{count} seat', other: '{count} seats'},
  'floorPlan.card.credits': {one: '{count} credit an hour', other: '{count} credits an hour'},
  'floorPlan.card.money': '{amount} an hour',
  'floorPlan.card.photo': 'Photo of {name}',
  'floorPlan.choose': 'Choose',
  'floorPlan.followed': 'Following the calendar: {resource}, {time}.',
  'floorPlan.changed': {one: '{count} place changed.', other: '{count} places changed.'},
  'floorPlan.invalidSpan': 'The end must come after the start.',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {
  fr: () => import('./floor-plan.messages.fr.js').then((module) => module.fr),
});
