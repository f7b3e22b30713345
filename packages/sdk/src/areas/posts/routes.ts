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
import {routesWith} from '../../contract/route.js';

const route = routesWith({access: 'member', feature: 'posts'});

export const listPosts = route({
  method: 'GET',
  path: '/posts',
  summary:
    "The space's announcements and articles: pinned first, then newest first, each with the member's read state",
  query: PostsQuery,
  response: PostsPage,
});

export const getPost = route({
  method: 'GET',
  path: '/posts/:postId',
  summary: 'One post with its Markdown body and the replies the member may see',
  response: PostDetail,
});

export const markPostRead = route({
  method: 'POST',
  path: '/posts/:postId/read',
  summary: 'The member has read the post (idempotent)',
  response: null,
  status: 204,
  invalidates: ['posts'],
});

export const replyToPost = route({
  method: 'POST',
  path: '/posts/:postId/replies',
  summary: 'Reply to a post, where the space allows replies',
  body: ReplyRequest,
  response: Reply,
  status: 201,
  limits: {reply: POSTS_LIMITS.reply},
  invalidates: ['posts'],
  idempotent: true,
  errors: ['replies_closed'],
});

export const deleteReply = route({
  method: 'DELETE',
  path: '/posts/:postId/replies/:replyId',
  summary: "Delete one of the member's own replies (someone else's answers 404)",
  response: null,
  status: 204,
  invalidates: ['posts'],
});

export const devHideReply = route({
  method: 'POST',
  path: '/__dev/posts/:postId/replies/:replyId/hide',
  summary: 'As the space: hide a reply from every member but its author',
  access: 'dev',
  response: null,
  status: 204,
});

export const devPublishPost = route({
  method: 'POST',
  path: '/__dev/posts',
  summary: "As the space: publish a post now; members' lists update live (`post.changed`)",
  access: 'dev',
  body: DevPostRequest,
  response: PublishedPost,
  status: 201,
  limits: {title: POSTS_LIMITS.title, summary: POSTS_LIMITS.summary, body: POSTS_LIMITS.body},
});
