import {listNotifications, markNotificationRead} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `unread` as a boolean; the wire format is `'true' | 'false'`. */
export type NotificationsParams = Omit<QueryOf<'listNotifications'>, 'unread'> & {
  unread?: boolean | undefined;
};

const notificationsOf = (
  client: PorticoCore,
  {unread, ...params}: NotificationsParams = {},
  options?: CallOptions,
) =>
  client.request(listNotifications, {
    ...options,
    query: {...params, unread: unread === undefined ? undefined : unread ? 'true' : 'false'},
  });

/** `client.notifications`. */
export const notificationsApi = (client: PorticoCore) => ({
  list: (params: NotificationsParams = {}, options?: CallOptions) =>
    notificationsOf(client, params, options),
  markRead: (notificationId: string, options?: MutationOptions) =>
    client.request(markNotificationRead, {...options, params: {notificationId}}),
});

export const notificationsQuery = (client: PorticoCore, params: NotificationsParams = {}) =>
  query(['notifications', {...params}], (signal) => notificationsOf(client, params, {signal}));
