import * as z from 'zod/mini';
import {Id, Instant} from './primitives.js';

export const NotificationKind = z.enum(['booking', 'payment', 'membership', 'announcement']);

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  title: z.string(),
  body: z.string(),
  createdAt: Instant,
  readAt: z.nullable(Instant),
});
export type Notification = z.infer<typeof Notification>;
