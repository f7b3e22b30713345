import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {longestDirectoryPage} from '../../test/helpers/community.js';
import {problem, unavailable} from '../../test/helpers/problem.js';
import {answering, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import './directory.js';

/** The knobs of every directory story. */
interface StoryKnobs extends LangKnob {
  /** The wrapper's width, e.g. `390px` for a phone. */
  width: string;
  /** The wrapper's direction. */
  dir: 'ltr' | 'rtl';
}

const clients = new StoryClients();
const LIST = `*/v1/spaces/${SPACE}/directory`;
const MESSAGE = `*/v1/spaces/${SPACE}/directory/:memberId/messages`;
const EMAIL = `*/v1/spaces/${SPACE}/directory/:memberId/email`;
const PUBLIC = `*/v1/spaces/${SPACE}/public-directory`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-directory',
  title: 'Directory',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  args: {lang: 'en', width: '72rem', dir: 'ltr'},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} dir=${args.dir} style=${styleMap({maxWidth: args.width})}>
      <portico-directory .client=${clients.get(context)}></portico-directory>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Seven members who opted in, each showing what they chose; Ada sees herself without "Send a message". */
export const Default: Story = {};

/** On a phone: one column. */
export const Phone: Story = {args: {width: '390px'}};

/** Nobody has opted in yet. */
export const Empty: Story = {
  parameters: answering(
    http.get(LIST, () =>
      HttpResponse.json({items: [], nextCursor: null, skills: [], companies: []}),
    ),
  ),
};

/** Sending fails (503): open "Send a message", write, press Send. */
export const MessageFails: Story = {
  parameters: answering(http.post(MESSAGE, unavailable)),
};

/** The longest name, role, company, 12 skills, bio and 4 links the contract allows, on a phone. */
export const Longest: Story = {
  args: {width: '390px'},
  parameters: answering(http.get(LIST, () => HttpResponse.json(longestDirectoryPage))),
};

/** Right to left. */
export const RightToLeft: Story = {args: {dir: 'rtl'}};

const states = stateStories('/directory');

/** A visitor: the space's public listing (members who chose everyone), and a way in. */
export const Visitor: Story = states.SignedOut;

/** A visitor where the space has no public listing (404): "Sign in". */
export const SignedOut: Story = {
  parameters: {
    ...states.SignedOut.parameters,
    ...answering(http.get(PUBLIC, () => problem(404, 'not_found'))),
  },
};

/** Asking for an email fails (the member stopped showing it): press "Show email" on Dan's card. */
export const EmailGone: Story = {
  parameters: answering(http.post(EMAIL, () => problem(404, 'not_found'))),
};

export const Loading: Story = states.Loading;

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = states.Error;

export const French: Story = {args: {lang: 'fr'}};
