import {addMessages} from '../i18n/msg.js';
import en from './membership-flow.messages.en.json' with {type: 'json'};

/**
 * The text of joining, changing and cancelling, in English: it loads with their code
 * (membership-flow.ts), so a card that is only read never downloads it.
 */
export {en};

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./membership-flow.messages.fr.json', {with: {type: 'json'}})});
