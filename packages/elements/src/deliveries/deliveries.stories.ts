import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {DELIVERIES, postParcel} from '../../test/helpers/front-desk.js';
import {longestDeliveries} from '../../test/helpers/front-desk-longest.js';
import {answering, memberElementStories} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import './deliveries.js';

/** The knobs of every deliveries story. */
type StoryKnobs = LangKnob;

/** Ada (two parcels waiting) signs in unless the story says otherwise. */
const shared = memberElementStories<StoryKnobs>({
  member: 'ada@example.com',
  path: '/me/deliveries',
  maxWidth: '28rem',
  element: (client) => html`<portico-deliveries .client=${client}></portico-deliveries>`,
});

const meta: Meta<StoryKnobs> = {
  component: 'portico-deliveries',
  title: 'Deliveries',
  ...shared.meta,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada: a letter and a parcel waiting, two collected this year. */
export const Default: Story = {};

/** The front desk posts a parcel while the page is open: it appears and is announced. */
export const ParcelArrives: Story = {
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await postParcel('ada@example.com');
  },
};

/** Nothing waits and nothing was collected. */
export const Empty: Story = {
  parameters: answering(http.get(DELIVERIES, () => HttpResponse.json({waiting: [], history: []}))),
};

/** The longest carrier, sender and place the contract allows, and right-to-left text. */
export const Longest: Story = {
  parameters: answering(http.get(DELIVERIES, () => HttpResponse.json(longestDeliveries))),
};

const {SignedOut, Loading, Error, French, Dark} = shared.stories;
export {SignedOut, Loading, Error, French, Dark};
