import {instant, newestFirst, ofMember, ownRow, paginate} from '../../state/lookups.js';
import type {NotificationRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toNotification} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';

export const notificationsHandlers = defineHandlers({
  listNotifications: ({db, member, query}) => {
    const unread = query.unread === undefined ? undefined : query.unread === 'true';
    const rows = newestFirst(
      ofMember<NotificationRow>(db, TABLES.notifications, member),
      'createdAt',
    ).filter((n) => unread === undefined || (n.readAt === null) === unread);
    const {page, nextCursor} = paginate(rows, query);
    return {items: page.map(toNotification), nextCursor};
  },

  markNotificationRead: ({member, space, params, now, transaction}) =>
    transaction((tx) => {
      const row = ownRow<NotificationRow>(
        tx,
        TABLES.notifications,
        params.notificationId,
        member,
        'notification',
      );
      // Reading twice keeps the first time it was read.
      if (row.readAt !== null) return toNotification(row);
      return toNotification(
        tx.put<NotificationRow>(TABLES.notifications, {...row, readAt: instant(space, now)}),
      );
    }),
});
