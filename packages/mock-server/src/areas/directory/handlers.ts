import {problem} from '../../problem.js';
import {communitySettings} from '../shared/community-settings.js';
import {defineHandlers} from '../shared/context.js';
import {updateEntry} from './entry.js';
import {directoryPage, listedMember, toDirectoryEntry} from './listing.js';
import {sendMessage} from './messages.js';
import {revealEmail} from './reveal.js';

export const directoryHandlers = defineHandlers({
  getDirectoryEntry: ({db, space, member}) => toDirectoryEntry(db, space, member),

  updateDirectoryEntry: ({space, member, body, now, transaction}) =>
    transaction((tx) => {
      updateEntry(tx, space, member, body, now);
      return toDirectoryEntry(tx, space, member);
    }),

  listDirectory: ({db, space, query}) => directoryPage(db, space, 'members', query),

  getDirectoryMember: ({db, space, params}) => listedMember(db, space, params.memberId),

  messageMember: ({space, member, params, body, now, transaction}) =>
    transaction((tx) => sendMessage(tx, space, member, params.memberId, body.body, now)),

  revealMemberEmail: ({space, member, params, now, transaction}) =>
    transaction((tx) => revealEmail(tx, space, member, params.memberId, now)),

  listPublicDirectory: ({db, space, query}) => {
    if (!communitySettings(db, space).publicDirectory) {
      throw problem('not_found', `${space.name} has no public directory.`);
    }
    return directoryPage(db, space, 'public', query);
  },
});
