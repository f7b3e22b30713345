// The longest values the contract allows for a post and a directory listing, with the
// invisible and right-to-left characters members type: the stories and tests lay the
// community elements out with them at 390 px. No test framework here: stories import it.
import type {DirectoryMember, DirectoryPage, Post, PostDetail, PostsPage} from '@portico/sdk';
import {DIRECTORY_LIMITS} from '@portico/sdk/directory';
import {POSTS_LIMITS} from '@portico/sdk/posts';

/** `length` characters of one unbroken word (the hardest to wrap), ending in `tail`. */
export const longWord = (length: number, tail = '') => 'W'.repeat(length - tail.length) + tail;

/** Hebrew with a zero-width joiner: text that runs right to left inside an English page. */
export const RTL_TEXT = 'שלום\u200dעולם — מעצבת גרפית';

export const longestPost: Post = {
  id: 'post-longest',
  title: longWord(POSTS_LIMITS.title),
  summary: longWord(POSTS_LIMITS.summary),
  category: {id: 'cat-longest', name: longWord(120)},
  author: {name: longWord(120), photoUrl: null},
  pinned: true,
  publishedAt: '2031-11-03T09:15:00+01:00',
  read: false,
  replyCount: 9999,
  repliesAllowed: true,
};

export const longestPostDetail: PostDetail = {
  ...longestPost,
  body: `## ${longWord(150)}\n\n${longWord(POSTS_LIMITS.body / 4)}\n\n- ${RTL_TEXT}\n- [link](https://example.com/${longWord(300)})`,
  replies: [
    {
      id: 'rep-longest',
      author: {name: longWord(120), photoUrl: null},
      body: longWord(POSTS_LIMITS.reply),
      createdAt: '2031-11-03T10:00:00+01:00',
      mine: true,
      hidden: true,
    },
    {
      id: 'rep-rtl',
      author: {name: RTL_TEXT, photoUrl: null},
      body: RTL_TEXT,
      createdAt: '2031-11-03T11:00:00+01:00',
      mine: false,
      hidden: false,
    },
  ],
};

export const longestPostsPage: PostsPage = {
  items: [longestPost, {...longestPost, id: 'post-rtl', title: RTL_TEXT, summary: RTL_TEXT}],
  nextCursor: null,
  categories: [
    {id: 'cat-longest', name: longWord(120)},
    {id: 'cat-rtl', name: RTL_TEXT},
  ],
  unread: 2,
};

export const longestMember: DirectoryMember = {
  id: 'mem_longest',
  name: longWord(120),
  company: longWord(120),
  role: longWord(DIRECTORY_LIMITS.role),
  skills: Array.from({length: DIRECTORY_LIMITS.skills}, (_, i) =>
    longWord(DIRECTORY_LIMITS.skill, String(i)),
  ),
  bio: longWord(2000),
  links: Array.from({length: DIRECTORY_LIMITS.links}, (_, i) => ({
    label: longWord(DIRECTORY_LIMITS.linkLabel, String(i)),
    url: `https://example.com/${longWord(200)}`,
  })),
  acceptsMessages: true,
  revealsEmail: true,
};

export const longestDirectoryPage: DirectoryPage = {
  items: [
    longestMember,
    {
      id: 'mem_rtl',
      name: RTL_TEXT,
      role: RTL_TEXT,
      skills: [RTL_TEXT],
      acceptsMessages: false,
      revealsEmail: false,
    },
  ],
  nextCursor: null,
  skills: (longestMember.skills ?? []).map((value) => ({value, count: 1})),
  companies: [{value: longWord(120), count: 1}],
};
