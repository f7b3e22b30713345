import {addMessages} from '../i18n/msg.js';

/** The posts' text in English: the reference, every other language has exactly these keys. */
export const en = {
  'posts.title': 'News from the space',
  'posts.loading': 'Loading the posts…',
  'posts.error': 'The posts could not be loaded.',
  'posts.signedOut': 'Sign in to read the news from your space.',
  'posts.empty': 'Nothing posted yet.',
  'posts.emptyCategory': 'Nothing in this category yet.',
  'posts.unreadBadge': {one: '{count} unread', other: '{count} unread'},
  'posts.categories': 'Categories',
  'posts.all': 'All',
  'posts.pinned': 'Pinned',
  'posts.unread': 'Unread',
  'posts.replyCount': {one: '{count} reply', other: '{count} replies'},
  'posts.byline': '{author} · {date}',
  'posts.back': 'All posts',
  'posts.more': 'Show older posts',
  'posts.detailError': 'This post could not be loaded.',
  'posts.replies': 'Replies',
  'posts.noReplies': 'No replies yet. Be the first.',
  'posts.repliesClosed': 'Replies are closed for this post.',
  'posts.you': 'You',
  'posts.hiddenReply': 'Hidden by the space: only you can see it.',
  'posts.deleteReply': 'Delete',
  'posts.deleting': 'Deleting…',
  'posts.deleted': 'Your reply was deleted.',
  'posts.replyLabel': 'Your reply',
  'posts.replyHint': 'Plain text, up to {max} characters.',
  'posts.send': 'Reply',
  'posts.sending': 'Sending…',
  'posts.sent': 'Your reply was posted.',
  'posts.replyEmpty': 'Write something first.',
  'posts.replyError': 'Your reply could not be sent.',
  'posts.deleteError': 'Your reply could not be deleted.',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./posts.messages.fr.js').then((module) => module.fr)});
