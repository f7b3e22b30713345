import {addMessages} from '../i18n/msg.js';
import en from './portal.messages.en.json' with {type: 'json'};

/** The portal's own text in English (its pages' elements bring theirs). */
export {en};

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./portal.messages.fr.json', {with: {type: 'json'}})});
