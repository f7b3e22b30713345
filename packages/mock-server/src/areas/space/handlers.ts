import {toSpace} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';

export const spaceHandlers = defineHandlers({
  getSpace: ({space}) => toSpace(space),
});
