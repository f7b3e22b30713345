import type {DevPostRequest} from '@portico/sdk/contract';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant, spaceRow} from '../../state/lookups.js';
import type {PostCategoryRow, PostRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/**
 * The space publishes a post now, signed by `author` or the space (a dev route: the operator's side). The
 * commit is what tells members: realtime derives `post.changed` from the new row.
 */
export function publishPost(
  tx: Transaction,
  space: SpaceRow,
  body: DevPostRequest,
  now: number,
): {id: string; publishedAt: string} {
  const category = spaceRow<PostCategoryRow>(
    tx,
    TABLES.postCategories,
    body.categoryId,
    space,
    'post category',
  );
  const post = tx.put<PostRow>(TABLES.posts, {
    id: nextId(tx, 'post'),
    spaceId: space.id,
    title: body.title,
    summary: body.summary,
    body: body.body,
    categoryId: category.id,
    author: {name: body.author ?? space.name, photoUrl: null},
    pinned: body.pinned ?? false,
    publishedAt: instant(space, now),
    repliesOpen: body.repliesOpen ?? true,
  });
  return {id: post.id, publishedAt: post.publishedAt};
}
