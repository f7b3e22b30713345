import * as z from 'zod/mini';
import {Notification} from './schemas.js';
import {PageQuery, page} from '../../contract/primitives.js';
import {memberRoute} from '../../contract/route.js';

export const listNotifications = memberRoute({
  method: 'GET',
  path: '/me/notifications',
  summary: "The member's notifications, newest first",
  query: z.object({unread: z.optional(z.enum(['true', 'false'])), ...PageQuery}),
  response: page(Notification),
});

export const markNotificationRead = memberRoute({
  method: 'POST',
  path: '/me/notifications/:notificationId/read',
  summary: 'Mark a notification read',
  response: Notification,
  invalidates: ['notifications'],
});
