import type {PorticoCore} from '../../core/PorticoCore.js';
import {idCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {CallOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** `unread` as a boolean; the wire format is `'true' | 'false'`. */
export type NotificationsParams = Omit<QueryOf<'listNotifications'>, 'unread'> & {
  unread?: boolean | undefined;
};

/** The member's notifications, newest first. */
export const listNotifications = (
  client: PorticoCore,
  {unread, ...params}: NotificationsParams = {},
  options?: CallOptions,
) =>
  client.request(endpoints.listNotifications, {
    ...options,
    query: {...params, unread: unread === undefined ? undefined : unread ? 'true' : 'false'},
  });

export const markNotificationRead = idCall(endpoints.markNotificationRead, 'notificationId');

export const notificationsQuery = (client: PorticoCore, params: NotificationsParams = {}) =>
  query(['notifications', {...params}], (signal) => listNotifications(client, params, {signal}));

/** `client.notifications`. */
export const calls = {list: listNotifications, markRead: markNotificationRead};
