import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {DELIVERIES, postParcel} from '../../test/helpers/front-desk.js';
import {answering, darkStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './deliveries.js';

/** Story-level parameters of this file. */
interface StoryParameters extends StateParameters {
  /** The front desk posts a parcel once the story shows. */
  posts?: boolean;
}

/** The knobs of every deliveries story. */
type StoryKnobs = LangKnob;

/** Each story's client; Ada (two parcels waiting) signs in unless the story says otherwise. */
const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-deliveries',
  title: 'Deliveries',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} ${cssomStyle({'max-width': '28rem'})}>
      <portico-deliveries .client=${clients.get(context)}></portico-deliveries>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada: a letter and a parcel waiting, two collected this year. */
export const Default: Story = {};

/** The front desk posts a parcel while the page is open: it appears and is announced. */
export const ParcelArrives: Story = {
  parameters: {posts: true} satisfies StoryParameters,
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await postParcel('ada@example.com');
  },
};

/** Nothing waits and nothing was collected. */
export const Empty: Story = {
  parameters: answering(http.get(DELIVERIES, () => HttpResponse.json({waiting: [], history: []}))),
};

const states = stateStories('/me/deliveries');

export const SignedOut: Story = states.signedOut;

export const Loading: Story = states.loading;

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = states.error;

export const French: Story = {args: {lang: 'fr'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} ${darkStyle({'max-width': '28rem'})}>
      <portico-deliveries .client=${clients.get(context)}></portico-deliveries>
    </div>
  `,
};
