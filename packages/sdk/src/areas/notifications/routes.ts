import * as z from 'zod/mini';
import {Notification} from './schemas.js';
import {Id, PageQuery, page} from '../../contract/primitives.js';
import {defineRoute} from '../../contract/route.js';

export const listNotifications = defineRoute({
  method: 'GET',
  path: '/me/notifications',
  summary: "The member's notifications, newest first",
  access: 'member',
  query: z.object({unread: z.optional(z.enum(['true', 'false'])), ...PageQuery}),
  response: page(Notification),
  status: 200,
  errors: [],
});

export const markNotificationRead = defineRoute({
  method: 'POST',
  path: '/me/notifications/:notificationId/read',
  summary: 'Mark a notification read',
  access: 'member',
  params: z.object({notificationId: Id}),
  response: Notification,
  status: 200,
  invalidates: ['notifications'],
  errors: [],
});
