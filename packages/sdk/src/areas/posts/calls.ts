import type {PorticoCore} from '../../core/PorticoCore.js';
import {idBodyCall, idCall, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {MutationOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** Pinned first, then newest first, with read state, categories and the unread count. */
export const listPosts = queryCall(endpoints.listPosts);

/** One post with its body and replies. */
export const getPost = idCall(endpoints.getPost, 'postId');

export const markPostRead = idCall(endpoints.markPostRead, 'postId');

export const replyToPost = idBodyCall(endpoints.replyToPost, 'postId');

/** Deletes one of the member's own replies. */
export const deleteReply = (
  client: PorticoCore,
  postId: string,
  replyId: string,
  options?: MutationOptions,
) => client.request(endpoints.deleteReply, {...options, params: {postId, replyId}});

export const postsQuery = (client: PorticoCore, params: QueryOf<'listPosts'> = {}) =>
  query(['posts', {...params}], (signal) => listPosts(client, params, {signal}));

export const postQuery = (client: PorticoCore, postId: string) =>
  query(['posts', 'detail', postId], (signal) => getPost(client, postId, {signal}));

/** `client.posts`: the space's announcements and articles, their read state and replies. */
export const calls = {listPosts, getPost, markPostRead, replyToPost, deleteReply};
