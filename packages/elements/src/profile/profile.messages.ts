import {addMessages} from '../i18n/msg.js';
import en from './profile.messages.en.json' with {type: 'json'};

/** The profile form's text in English: the reference, every other language has exactly these keys. */
export {en};

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./profile.messages.fr.json', {with: {type: 'json'}})});
