/** Rows of the community area: the directory and posts (see rows.ts). */
import type {
  DirectoryFields,
  DirectoryLink,
  DirectoryVisibility,
  PostAuthor,
} from '@portico/sdk/contract';

// ---- community (directory and posts)

/** How a space runs its community pages; a space without a row uses `COMMUNITY_DEFAULTS`. */
export type CommunitySettingsRow = {
  /** The space's id: one row per space. */
  id: string;
  spaceId: string;
  /** Members may choose to be listed publicly (`GET /public-directory`). */
  publicDirectory: boolean;
  /** Members may reply to posts (each post may still close its own replies). */
  replies: boolean;
};
/** A member's directory listing; the row id is the member's. No row: hidden. */
export type DirectoryEntryRow = {
  id: string;
  spaceId: string;
  memberId: string;
  visibility: DirectoryVisibility;
  fields: DirectoryFields;
  role: string | null;
  skills: string[];
  links: DirectoryLink[];
  acceptsMessages: boolean;
  /** Shows the email to a member who asks (a row from before this switch has none: off). */
  revealsEmail?: boolean;
  updatedAt: string | null;
};
/** A message sent through the directory: kept to count the sender's messages per day. */
export type DirectoryMessageRow = {
  id: string;
  spaceId: string;
  memberId: string;
  toMemberId: string;
  sentAtMs: number;
};
/** A member's email shown to another on request: kept to count who asked for how many a day. */
export type DirectoryRevealRow = {
  id: string;
  spaceId: string;
  memberId: string;
  toMemberId: string;
  atMs: number;
};
export type PostCategoryRow = {id: string; spaceId: string; name: string; sort: number};
export type PostRow = {
  id: string;
  spaceId: string;
  title: string;
  summary: string;
  body: string;
  categoryId: string;
  author: PostAuthor;
  pinned: boolean;
  publishedAt: string;
  /** This post takes replies (when the space's settings allow them at all). */
  repliesOpen: boolean;
};
/** The row id is `{memberId}:{postId}`. */
export type PostReadRow = {
  id: string;
  spaceId: string;
  memberId: string;
  postId: string;
  readAt: string;
};
export type ReplyRow = {
  id: string;
  spaceId: string;
  memberId: string;
  postId: string;
  body: string;
  createdAt: string;
  /** When the space hid it: only its author still sees it. */
  hiddenAt: string | null;
  /**
   * When its author deleted it: a tombstone with its text erased, so the change reaches the
   * realtime stream (a removed row would not say which post it was on), seen by nobody.
   */
  deletedAt?: string;
};
