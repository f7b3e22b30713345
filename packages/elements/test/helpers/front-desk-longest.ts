// The longest values the contract allows for the help desk, visitors and deliveries, with the
// invisible and right-to-left characters members type: the tests lay each element out with
// them at 390 px. No test framework here: stories may import it.
import type {
  Deliveries,
  Delivery,
  Guides,
  HelpRequest,
  HelpRequests,
  RequestMessage,
  Visitor,
  Visitors,
} from '@portico/sdk';
import {
  MAX_GUIDE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SUBJECT_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_VISITOR_NOTE_LENGTH,
} from '@portico/sdk/contract';
import {longWord, RTL_TEXT} from './community.js';

/** The longest `https://` address the contract takes (2048 characters, one unbroken word). */
const LONGEST_URL = `https://example.com/${longWord(2048 - 'https://example.com/'.length)}`;
/** The longest email (254 characters; each label at its longest). */
const LONGEST_EMAIL = `${'e'.repeat(64)}@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(57)}.com`;
/** The longest one-line label (a guide's title, where a parcel waits). */
const LABEL = 200;
/** How many messages the longest thread has: a request that went back and forth for weeks. */
export const THREAD_LENGTH = 40;

const at = (minutes: number) =>
  new Date(Date.UTC(2031, 10, 3, 8) + minutes * 60_000).toISOString().replace('.000Z', '+00:00');

/** A message of the longest thread: unbroken words, a long link, and right-to-left text. */
function message(i: number): RequestMessage {
  const bodies = [
    longWord(MAX_TEXT_LENGTH),
    `## ${longWord(150)}\n\n- ${RTL_TEXT}\n- [link](${LONGEST_URL.slice(0, 1500)})`,
    RTL_TEXT,
  ];
  return {
    id: `msg-longest-${i}`,
    author: i % 2 === 0 ? 'member' : 'space',
    authorName: i % 2 === 0 ? longWord(MAX_NAME_LENGTH) : RTL_TEXT,
    body: bodies[i % bodies.length]!,
    attachments: [],
    createdAt: at(i * 90),
  };
}

const longestCategory = {id: 'help-longest', name: longWord(MAX_NAME_LENGTH), shared: true};
const rtlCategory = {id: 'help-rtl', name: RTL_TEXT, shared: false};

/** A request whose every text is at its longest, answered {@link THREAD_LENGTH} times. */
export const longestRequest: HelpRequest = {
  id: 'req-longest',
  number: 2_147_483_647,
  category: longestCategory,
  subject: longWord(MAX_SUBJECT_LENGTH),
  status: 'waiting',
  photoUrl: LONGEST_URL,
  mine: true,
  messages: Array.from({length: THREAD_LENGTH}, (_, i) => message(i)),
  createdAt: at(0),
  updatedAt: at(THREAD_LENGTH * 90),
  reopenUntil: null,
};

/** The member's requests: the longest, one in right-to-left text, one resolved. */
export const longestRequests: HelpRequests = {
  items: [
    longestRequest,
    {...longestRequest, id: 'req-rtl', subject: RTL_TEXT, category: rtlCategory, mine: false},
    {
      ...longestRequest,
      id: 'req-resolved',
      status: 'resolved',
      reopenUntil: '2031-11-10T08:00:00+00:00',
    },
  ],
  categories: [longestCategory, rtlCategory],
};

/** Guides with the longest title, summary, body and category. */
export const longestGuides: Guides = {
  items: [
    {
      id: 'guide-longest',
      categoryId: 'guides-longest',
      title: longWord(LABEL),
      summary: longWord(LABEL),
      body: `## ${longWord(LABEL)}\n\n${RTL_TEXT}\n\n${longWord(MAX_GUIDE_LENGTH - LABEL - 100)}`,
      updatedAt: at(0),
      helpful: null,
    },
    {
      id: 'guide-rtl',
      categoryId: 'guides-longest',
      title: RTL_TEXT,
      summary: RTL_TEXT,
      body: RTL_TEXT,
      updatedAt: at(0),
      helpful: true,
    },
  ],
  categories: [{id: 'guides-longest', name: longWord(MAX_NAME_LENGTH)}],
};

/** A visitor whose every text is at its longest. */
export const longestVisitor: Visitor = {
  id: 'vis-longest',
  name: longWord(MAX_NAME_LENGTH),
  email: LONGEST_EMAIL,
  company: longWord(MAX_NAME_LENGTH),
  day: '2031-11-04',
  time: '23:45',
  note: longWord(MAX_VISITOR_NOTE_LENGTH),
  status: 'expected',
  arrivedAt: null,
  createdAt: at(0),
};

const rtlVisitor: Visitor = {
  ...longestVisitor,
  id: 'vis-rtl',
  name: RTL_TEXT,
  company: RTL_TEXT,
  note: RTL_TEXT,
};

/** The longest visitors, expected and past, under the space's highest daily limit. */
export const longestVisitors: Visitors = {
  upcoming: [longestVisitor, rtlVisitor],
  past: [
    {...longestVisitor, id: 'vis-arrived', status: 'arrived', arrivedAt: at(60)},
    {...rtlVisitor, id: 'vis-cancelled', status: 'cancelled'},
  ],
  rules: {perDay: 100, allowed: true},
};

const longestDelivery: Delivery = {
  id: 'del-longest',
  carrier: longWord(MAX_NAME_LENGTH),
  sender: longWord(MAX_NAME_LENGTH),
  size: 'large',
  location: longWord(LABEL),
  status: 'waiting',
  arrivedAt: at(0),
  collectedAt: null,
  collectedBy: null,
};

/** Parcels with the longest carrier, sender and place, waiting and collected. */
export const longestDeliveries: Deliveries = {
  waiting: [
    longestDelivery,
    {...longestDelivery, id: 'del-rtl', carrier: RTL_TEXT, sender: RTL_TEXT},
  ],
  history: [
    {
      ...longestDelivery,
      id: 'del-collected',
      location: RTL_TEXT,
      status: 'collected',
      collectedAt: at(120),
      collectedBy: 'space',
    },
  ],
};
