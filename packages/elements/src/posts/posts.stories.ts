import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {longestPostDetail, longestPostsPage} from '../../test/helpers/community.js';
import {unavailable} from '../../test/helpers/problem.js';
import {answering, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import './posts.js';

/** The knobs of every posts story. */
interface StoryKnobs extends LangKnob {
  /** The post shown open (none: the list). */
  postId: string;
  /** Without the category filter (a dashboard). */
  compact: boolean;
  /** The wrapper's width, e.g. `390px` for a phone. */
  width: string;
  /** The wrapper's direction. */
  dir: 'ltr' | 'rtl';
}

const clients = new StoryClients();
const LIST = `*/v1/spaces/${SPACE}/posts`;
const ONE = `*/v1/spaces/${SPACE}/posts/:postId`;
const REPLY = `*/v1/spaces/${SPACE}/posts/:postId/replies`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-posts',
  title: 'Posts',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  args: {lang: 'en', postId: '', compact: false, width: '48rem', dir: 'ltr'},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} dir=${args.dir} style=${styleMap({maxWidth: args.width})}>
      <portico-posts
        .client=${clients.get(context)}
        .postId=${args.postId || null}
        ?compact=${args.compact}
      ></portico-posts>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada: two pinned announcements, then house news and articles; three unread. */
export const Default: Story = {};

/** The dashboard's summary: three posts, no category filter. */
export const Compact: Story = {args: {compact: true}};

/** An open article: Markdown (a heading, a list), two replies and the reply form. */
export const OpenPost: Story = {args: {postId: 'post-coffee'}};

/** A pinned announcement that takes no replies. */
export const RepliesClosed: Story = {args: {postId: 'post-booth-rules'}};

/** Nothing posted yet. */
export const Empty: Story = {
  parameters: answering(
    http.get(LIST, () =>
      HttpResponse.json({items: [], nextCursor: null, categories: [], unread: 0}),
    ),
  ),
};

/** Replying fails (503): write something and press Reply to see the message. */
export const ReplyFails: Story = {
  args: {postId: 'post-coffee'},
  parameters: answering(http.post(REPLY, unavailable)),
};

/** The longest title, summary, category and replies the contract allows, on a phone. */
export const Longest: Story = {
  args: {width: '390px'},
  parameters: answering(http.get(LIST, () => HttpResponse.json(longestPostsPage))),
};

/** The longest post open on a phone: body, a hidden reply of one's own, right-to-left text. */
export const LongestOpen: Story = {
  args: {width: '390px', postId: 'post-longest'},
  parameters: answering(http.get(ONE, () => HttpResponse.json(longestPostDetail))),
};

/** Right to left. */
export const RightToLeft: Story = {args: {dir: 'rtl'}};

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/posts');
export {SignedOut, Loading, Error, French};

export const FrenchOpen: Story = {args: {lang: 'fr', postId: 'post-coffee'}};
