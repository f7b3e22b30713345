// `@portico/sdk/posts`: this area's calls (the functions `client.posts` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
  listPosts,
  getPost,
  markPostRead,
  replyToPost,
  deleteReply,
  postsQuery,
  postQuery,
} from './calls.js';
export {POSTS_LIMITS} from './limits.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
