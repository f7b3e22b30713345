import type {Reply} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant} from '../../state/lookups.js';
import type {MemberRow, PostReadRow, ReplyRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {postDetail, postOf, readId, repliesAllowed, toReply} from './posts.js';

export function markRead(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  postId: string,
  now: number,
) {
  postDetail(tx, space, member, postId, now);
  const id = readId(member, postId);
  if (tx.get<PostReadRow>(TABLES.postReads, id)) return;
  tx.put<PostReadRow>(TABLES.postReads, {
    id,
    spaceId: space.id,
    memberId: member.id,
    postId,
    readAt: instant(space, now),
  });
}

export function addReply(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  postId: string,
  body: string,
  now: number,
): Reply {
  postDetail(tx, space, member, postId, now);
  if (!repliesAllowed(tx, space, postOf(tx, space, postId))) {
    throw problem('replies_closed', 'This post does not take replies.');
  }
  const reply = tx.put<ReplyRow>(TABLES.replies, {
    id: nextId(tx, 'rep'),
    spaceId: space.id,
    memberId: member.id,
    postId,
    body,
    createdAt: instant(space, now),
    hiddenAt: null,
  });
  return toReply(tx, reply, member);
}

/** A reply of `postId` in the space, or 404; `owner` narrows it to that member's own. */
function replyOf(
  tx: Transaction,
  space: SpaceRow,
  postId: string,
  replyId: string,
  owner?: MemberRow,
) {
  const reply = tx.get<ReplyRow>(TABLES.replies, replyId);
  if (
    !reply ||
    reply.deletedAt !== undefined ||
    reply.spaceId !== space.id ||
    reply.postId !== postId ||
    (owner && reply.memberId !== owner.id)
  ) {
    throw problem('not_found', `There is no reply ${replyId} on post ${postId}.`);
  }
  return reply;
}

/** Erases the member's own reply; other members' open pages drop it live (`post.changed`). */
export function deleteReply(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  postId: string,
  replyId: string,
  now: number,
) {
  const reply = replyOf(tx, space, postId, replyId, member);
  tx.put<ReplyRow>(TABLES.replies, {...reply, body: '', deletedAt: instant(space, now)});
}

export function hideReply(
  tx: Transaction,
  space: SpaceRow,
  postId: string,
  replyId: string,
  now: number,
) {
  const reply = replyOf(tx, space, postId, replyId);
  tx.put<ReplyRow>(TABLES.replies, {...reply, hiddenAt: reply.hiddenAt ?? instant(space, now)});
}
