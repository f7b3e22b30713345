import * as z from 'zod/mini';
import {
  HttpsUrl,
  Id,
  Instant,
  Label,
  list,
  LongText,
  Name,
  text,
} from '../../contract/primitives.js';

/** The longest subject of a request. */
export const MAX_SUBJECT_LENGTH = 160;
/** The longest guide (Markdown). */
export const MAX_GUIDE_LENGTH = 10_000;
/** The largest photo a member uploads, in bytes (the request body carries it as base64). */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
/** How many photos one message carries. */
export const MAX_ATTACHMENTS = 3;
/** How long after it is resolved a member may reopen a request. */
export const REOPEN_DAYS = 7;

/**
 * `open`: waiting for the space; `waiting`: the space answered and waits for the member;
 * `resolved`: done (the member may reopen it for {@link REOPEN_DAYS} days); `closed`: final.
 */
export const RequestStatus = z.enum(['open', 'waiting', 'resolved', 'closed']);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** A kind of request the space handles (Wi-Fi, printing, building). */
export const HelpCategory = z.object({
  id: Id,
  name: Name,
  /** The space shows every member the requests of this category (a broken lift). */
  shared: z.boolean(),
});
export type HelpCategory = z.infer<typeof HelpCategory>;

/** The image types a photo may be, found from its bytes (never from its name or header). */
export const ImageType = z.enum(['image/png', 'image/jpeg', 'image/webp']);
export type ImageType = z.infer<typeof ImageType>;

/** A photo a member uploaded, served only to them. */
export const Attachment = z.object({
  id: Id,
  fileName: text(120),
  contentType: ImageType,
  size: z.int().check(z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
});
export type Attachment = z.infer<typeof Attachment>;

/** Base64 of at most {@link MAX_ATTACHMENT_BYTES} bytes. */
const Base64 = z
  .string()
  .check(
    z.maxLength(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4),
    z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Must be base64'),
  );

/** A photo to upload: its bytes as base64; the server checks the type from the bytes. */
export const AttachmentUpload = z.object({
  fileName: text(120).check(z.minLength(1)),
  /** What the member's browser says it is; the bytes must agree. */
  contentType: text(100),
  data: Base64,
});
export type AttachmentUpload = z.infer<typeof AttachmentUpload>;

/** A photo with its bytes, for its owner to show (`data:` URL). */
export const AttachmentData = z.object({...Attachment.shape, data: Base64});
export type AttachmentData = z.infer<typeof AttachmentData>;

/** One message of a request's thread: Markdown, from the member or the space. */
export const RequestMessage = z.object({
  id: Id,
  author: z.enum(['member', 'space']),
  authorName: Name,
  body: LongText,
  attachments: z.array(Attachment),
  createdAt: Instant,
});
export type RequestMessage = z.infer<typeof RequestMessage>;

/** A member's request to the space, private to them unless its category is shared. */
export const HelpRequest = z.object({
  id: Id,
  /** What members and staff call it: `#1042`. */
  number: z.int(),
  category: HelpCategory,
  subject: text(MAX_SUBJECT_LENGTH),
  status: RequestStatus,
  /** A photo the member linked to (shown as a link, never loaded from another site). */
  photoUrl: z.nullable(HttpsUrl),
  /** The request is the member's own (else a shared category's request of another member). */
  mine: z.boolean(),
  messages: z.array(RequestMessage),
  createdAt: Instant,
  updatedAt: Instant,
  /** Until when a resolved request may be reopened; null unless resolved. */
  reopenUntil: z.nullable(Instant),
});
export type HelpRequest = z.infer<typeof HelpRequest>;

/** `GET /me/help/requests`: the member's requests and shared ones, newest activity first. */
export const HelpRequests = z.extend(list(HelpRequest), {
  categories: z.array(HelpCategory),
});
export type HelpRequests = z.infer<typeof HelpRequests>;

const AttachmentIds = z.array(Id).check(z.maxLength(MAX_ATTACHMENTS));

/** A new request. */
export const HelpRequestInput = z.object({
  categoryId: Id,
  subject: text(MAX_SUBJECT_LENGTH).check(z.minLength(1)),
  description: LongText.check(z.minLength(1)),
  photoUrl: z.optional(z.nullable(HttpsUrl)),
  attachmentIds: z.optional(AttachmentIds),
});
export type HelpRequestInput = z.infer<typeof HelpRequestInput>;

/** A reply in a request's thread (the space answers through a dev route with the same body). */
export const HelpReply = z.object({
  body: LongText.check(z.minLength(1)),
  attachmentIds: z.optional(AttachmentIds),
});
export type HelpReply = z.infer<typeof HelpReply>;

/** The space's answer (dev route): its message and, optionally, the status it leaves. */
export const HelpAnswer = z.object({
  body: LongText.check(z.minLength(1)),
  status: z.optional(RequestStatus),
});
export type HelpAnswer = z.infer<typeof HelpAnswer>;

export const HelpStatusChange = z.object({status: RequestStatus});
export type HelpStatusChange = z.infer<typeof HelpStatusChange>;

/** A guide's category (How to, Wi-Fi, Access). */
export const GuideCategory = z.object({id: Id, name: Name});
export type GuideCategory = z.infer<typeof GuideCategory>;

/** One of the space's articles, in Markdown. */
export const Guide = z.object({
  id: Id,
  categoryId: Id,
  title: Label,
  summary: Label,
  body: text(MAX_GUIDE_LENGTH),
  updatedAt: Instant,
  /** This member's answer to "Did this help?", if any. */
  helpful: z.nullable(z.boolean()),
});
export type Guide = z.infer<typeof Guide>;

export const Guides = z.extend(list(Guide), {categories: z.array(GuideCategory)});
export type Guides = z.infer<typeof Guides>;

export const GuideQuery = z.object({
  /** Words to find in titles, summaries and bodies (all of them, any case, any accent). */
  q: z.optional(text(200)),
  category: z.optional(Id),
});

export const GuideFeedback = z.object({helpful: z.boolean()});
export type GuideFeedback = z.infer<typeof GuideFeedback>;
