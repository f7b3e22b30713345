import * as z from 'zod/mini';
import {POSTS_LIMITS} from './limits.js';
import {
  DevPostRequest,
  PostDetail,
  PostsPage,
  PostsQuery,
  PublishedPost,
  Reply,
  ReplyRequest,
} from './schemas.js';
import {Id} from '../../contract/primitives.js';
import {defineRoute} from '../../contract/route.js';

export const listPosts = defineRoute({
  method: 'GET',
  path: '/posts',
  summary:
    "The space's announcements and articles: pinned first, then newest first, each with the member's read state",
  access: 'member',
  feature: 'posts',
  query: PostsQuery,
  response: PostsPage,
  status: 200,
  errors: [],
});

export const getPost = defineRoute({
  method: 'GET',
  path: '/posts/:postId',
  summary: 'One post with its Markdown body and the replies the member may see',
  access: 'member',
  feature: 'posts',
  params: z.object({postId: Id}),
  response: PostDetail,
  status: 200,
  errors: [],
});

export const markPostRead = defineRoute({
  method: 'POST',
  path: '/posts/:postId/read',
  summary: 'The member has read the post (idempotent)',
  access: 'member',
  feature: 'posts',
  params: z.object({postId: Id}),
  response: null,
  status: 204,
  invalidates: ['posts'],
  errors: [],
});

export const replyToPost = defineRoute({
  method: 'POST',
  path: '/posts/:postId/replies',
  summary: 'Reply to a post, where the space allows replies',
  access: 'member',
  feature: 'posts',
  params: z.object({postId: Id}),
  body: ReplyRequest,
  response: Reply,
  status: 201,
  limits: {reply: POSTS_LIMITS.reply},
  invalidates: ['posts'],
  idempotent: true,
  errors: ['replies_closed'],
});

export const deleteReply = defineRoute({
  method: 'DELETE',
  path: '/posts/:postId/replies/:replyId',
  summary: "Delete one of the member's own replies (someone else's answers 404)",
  access: 'member',
  feature: 'posts',
  params: z.object({postId: Id, replyId: Id}),
  response: null,
  status: 204,
  invalidates: ['posts'],
  errors: [],
});

export const devHideReply = defineRoute({
  method: 'POST',
  path: '/__dev/posts/:postId/replies/:replyId/hide',
  summary: 'As the space: hide a reply from every member but its author',
  access: 'dev',
  feature: 'posts',
  params: z.object({postId: Id, replyId: Id}),
  response: null,
  status: 204,
  errors: [],
});

export const devPublishPost = defineRoute({
  method: 'POST',
  path: '/__dev/posts',
  summary: "As the space: publish a post now; members' lists update live (`post.changed`)",
  access: 'dev',
  feature: 'posts',
  body: DevPostRequest,
  response: PublishedPost,
  status: 201,
  limits: {title: POSTS_LIMITS.title, summary: POSTS_LIMITS.summary, body: POSTS_LIMITS.body},
  errors: [],
});
