/**
 * The space's posts as one member sees them: read state is the member's own, and a reply the
 * space hid reaches nobody but its author.
 */
import type {Post, PostDetail, PostsPage, Reply} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import {inSpace, paginate, sortedInSpace, type Reader, spaceRow} from '../../state/lookups.js';
import type {
  MemberRow,
  PostCategoryRow,
  PostReadRow,
  PostRow,
  ReplyRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {communitySettings} from '../shared/community-settings.js';

export const readId = (member: MemberRow, postId: string) => `${member.id}:${postId}`;

/** A post of the space, or 404 (another space's post answers like one that does not exist). */
export function postOf(reader: Reader, space: SpaceRow, postId: string): PostRow {
  return spaceRow<PostRow>(reader, TABLES.posts, postId, space, 'post');
}

/** The replies `member` may see, oldest first. */
function visibleReplies(reader: Reader, post: PostRow, member: MemberRow): ReplyRow[] {
  return inSpace<ReplyRow>(reader, TABLES.replies, post.spaceId)
    .filter(
      (r) =>
        r.postId === post.id &&
        r.deletedAt === undefined &&
        (r.hiddenAt === null || r.memberId === member.id),
    )
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

function categoryOf(reader: Reader, post: PostRow) {
  const row = reader.get<PostCategoryRow>(TABLES.postCategories, post.categoryId);
  return {id: post.categoryId, name: row?.name ?? post.categoryId};
}

export function repliesAllowed(reader: Reader, space: SpaceRow, post: PostRow): boolean {
  return post.repliesOpen && communitySettings(reader, space).replies;
}

function toPost(reader: Reader, space: SpaceRow, post: PostRow, member: MemberRow): Post {
  const {id, title, summary, author, pinned, publishedAt} = post;
  return {
    id,
    title,
    summary,
    category: categoryOf(reader, post),
    author,
    pinned,
    publishedAt,
    read: reader.get<PostReadRow>(TABLES.postReads, readId(member, post.id)) !== undefined,
    replyCount: visibleReplies(reader, post, member).length,
    repliesAllowed: repliesAllowed(reader, space, post),
  };
}

export function toReply(reader: Reader, reply: ReplyRow, member: MemberRow): Reply {
  const author = reader.get<MemberRow>(TABLES.members, reply.memberId);
  return {
    id: reply.id,
    author: {name: author?.name ?? '—', photoUrl: author?.photoUrl ?? null},
    body: reply.body,
    createdAt: reply.createdAt,
    mine: reply.memberId === member.id,
    hidden: reply.hiddenAt !== null,
  };
}

/** Published posts (none dated after `now`), pinned first, then newest first. */
export function postsPage(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  query: {category?: string | undefined; cursor?: string | undefined; limit?: number | undefined},
  now: number,
): PostsPage {
  const published = inSpace<PostRow>(reader, TABLES.posts, space.id)
    .filter((post) => Date.parse(post.publishedAt) <= now)
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
    );
  const posts = published.map((post) => toPost(reader, space, post, member));
  const shown = posts.filter(
    (p) => query.category === undefined || p.category.id === query.category,
  );
  const {page, nextCursor} = paginate(shown, query, 20);
  return {
    items: page,
    nextCursor,
    categories: sortedInSpace<PostCategoryRow>(reader, TABLES.postCategories, space.id).map(
      ({id, name}) => ({id, name}),
    ),
    unread: posts.filter((p) => !p.read).length,
  };
}

export function postDetail(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  postId: string,
  now: number,
): PostDetail {
  const post = postOf(reader, space, postId);
  if (Date.parse(post.publishedAt) > now) throw problem('not_found', `There is no post ${postId}.`);
  return {
    ...toPost(reader, space, post, member),
    body: post.body,
    replies: visibleReplies(reader, post, member).map((r) => toReply(reader, r, member)),
  };
}
