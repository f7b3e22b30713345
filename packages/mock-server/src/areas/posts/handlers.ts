import {defineHandlers} from '../shared/context.js';
import {postDetail, postsPage} from './posts.js';
import {publishPost} from './publish.js';
import {addReply, deleteReply, hideReply, markRead} from './replies.js';

export const postsHandlers = defineHandlers({
  listPosts: ({db, space, member, query, now}) => postsPage(db, space, member, query, now),

  getPost: ({db, space, member, params, now}) => postDetail(db, space, member, params.postId, now),

  markPostRead: ({space, member, params, now, transaction}) =>
    transaction((tx) => markRead(tx, space, member, params.postId, now)),

  replyToPost: ({space, member, params, body, now, transaction}) =>
    transaction((tx) => addReply(tx, space, member, params.postId, body.body, now)),

  deleteReply: ({space, member, params, now, transaction}) =>
    transaction((tx) => deleteReply(tx, space, member, params.postId, params.replyId, now)),

  devPublishPost: ({space, body, now, transaction}) =>
    transaction((tx) => publishPost(tx, space, body, now)),

  devHideReply: ({space, params, now, transaction}) =>
    transaction((tx) => hideReply(tx, space, params.postId, params.replyId, now)),
});
