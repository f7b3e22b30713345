import * as z from 'zod/mini';
import {Id, Instant, Label, LongText} from './primitives.js';

export const NotificationKind = z.enum(['booking', 'payment', 'membership', 'announcement']);

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  title: Label,
  body: LongText,
  createdAt: Instant,
  readAt: z.nullable(Instant),
});
export type Notification = z.infer<typeof Notification>;
