import * as z from 'zod/mini';
import {
  HttpsUrl,
  Id,
  Instant,
  Name,
  noBidiControls,
  page,
  PageQuery,
  text,
} from '../../contract/primitives.js';
import {POSTS_LIMITS} from './limits.js';

/** A category the space files its posts under (Announcements, Articles, House news…). */
export const PostCategory = z.object({id: Id, name: Name});
export type PostCategory = z.infer<typeof PostCategory>;

/** Who wrote something: the space's staff for posts, a member for replies. */
export const PostAuthor = z.object({name: Name, photoUrl: z.nullable(HttpsUrl)});
export type PostAuthor = z.infer<typeof PostAuthor>;

/** A post as the list shows it: everything but its body and replies. */
export const Post = z.object({
  id: Id,
  title: text(POSTS_LIMITS.title),
  summary: text(POSTS_LIMITS.summary),
  category: PostCategory,
  author: PostAuthor,
  /** Pinned posts come first in the list, newest pinned first. */
  pinned: z.boolean(),
  publishedAt: Instant,
  /** The member has opened it (`POST /posts/{id}/read`). */
  read: z.boolean(),
  /** Replies the member can see. */
  replyCount: z.int(),
  /** The space lets members reply to this post. */
  repliesAllowed: z.boolean(),
});
export type Post = z.infer<typeof Post>;

/**
 * A member's reply, plain text. A reply the space hid is shown to nobody but its author, who
 * sees it with `hidden: true`.
 */
export const Reply = z.object({
  id: Id,
  author: PostAuthor,
  body: text(POSTS_LIMITS.reply),
  createdAt: Instant,
  /** The member wrote it (and may delete it). */
  mine: z.boolean(),
  hidden: z.boolean(),
});
export type Reply = z.infer<typeof Reply>;

/** `GET /posts/{id}`: the post with its Markdown body and replies, oldest reply first. */
export const PostDetail = z.extend(Post, {
  body: text(POSTS_LIMITS.body),
  replies: z.array(Reply),
});
export type PostDetail = z.infer<typeof PostDetail>;

/** `GET /posts`: pinned first, then newest first; the space's categories; how many are unread. */
export const PostsPage = z.extend(page(Post), {
  categories: z.array(PostCategory),
  /** Unread posts in the whole list (every category), e.g. for a badge. */
  unread: z.int(),
});
export type PostsPage = z.infer<typeof PostsPage>;

export const PostsQuery = z.object({category: z.optional(Id), ...PageQuery});

export const ReplyRequest = z.strictObject({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(POSTS_LIMITS.reply), noBidiControls),
});
export type ReplyRequest = z.input<typeof ReplyRequest>;

/** `POST /__dev/posts`: the space publishes a post now (its Markdown `body`). */
export const DevPostRequest = z.strictObject({
  title: text(POSTS_LIMITS.title),
  summary: text(POSTS_LIMITS.summary),
  body: text(POSTS_LIMITS.body),
  categoryId: Id,
  /** Who signs it (`Sophie, community manager`); the space's name by default. */
  author: z.optional(Name),
  pinned: z.optional(z.boolean()),
  repliesOpen: z.optional(z.boolean()),
});
export type DevPostRequest = z.infer<typeof DevPostRequest>;

export const PublishedPost = z.object({id: Id, publishedAt: Instant});
export type PublishedPost = z.infer<typeof PublishedPost>;
