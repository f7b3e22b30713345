import {defineHandlers} from '../shared/context.js';
import {checkIn, entriesOf} from './check-ins.js';

export const entriesHandlers = defineHandlers({
  getEntries: ({db, member, space, now}) => entriesOf(db, member, space, now).entries,

  checkIn: ({member, space, now, transaction}) =>
    transaction((tx) => checkIn(tx, space, member, now)),
});
