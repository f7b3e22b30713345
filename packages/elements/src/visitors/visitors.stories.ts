import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {VISITORS, visitorArrives} from '../../test/helpers/front-desk.js';
import {longestVisitors} from '../../test/helpers/front-desk-longest.js';
import {answering, memberElementStories, playIn} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import './visitors.js';

/** The knobs of every visitors story. */
type StoryKnobs = LangKnob;

/** Ada (Ana today, Jonas tomorrow) signs in unless the story says otherwise. */
const shared = memberElementStories<StoryKnobs>({
  member: 'ada@example.com',
  path: '/me/visitors',
  maxWidth: '32rem',
  element: (client) => html`<portico-visitors .client=${client}></portico-visitors>`,
});

const meta: Meta<StoryKnobs> = {
  component: 'portico-visitors',
  title: 'Visitors',
  ...shared.meta,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada expects Ana today and Jonas tomorrow; two past visits. */
export const Default: Story = {};

/** The front desk marks Ana arrived while the page is open. */
export const VisitorArrives: Story = {
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await visitorArrives('vis_s1');
  },
};

/** Ada sent the new-visitor form empty: the name and the time are asked for. */
export const FormErrors: Story = {
  play: playIn('portico-visitors', '[part~="register-button"]', '[part~="save-button"]'),
};

/** Ada changes Jonas's visit: the form holds what she told the front desk. */
export const ChangeVisit: Story = {
  play: playIn('portico-visitors', '[data-visitor="vis_s2"] [part~="change-button"]'),
};

/** Ada asked to cancel Ana's visit: she confirms or keeps it. */
export const ConfirmCancel: Story = {
  play: playIn('portico-visitors', '[part~="cancel-button"]'),
};

/** Chloé has no plan with visitors: she is told why, with no form. */
export const NotAllowed: Story = {
  parameters: {member: 'chloe@example.com'} satisfies StateParameters,
};

/** No visitor expected and none in the past. */
export const Empty: Story = {
  parameters: answering(
    http.get(VISITORS, () =>
      HttpResponse.json({upcoming: [], past: [], rules: {perDay: 3, allowed: true}}),
    ),
  ),
};

/** The longest names, email and note the contract allows, and right-to-left text. */
export const Longest: Story = {
  parameters: answering(http.get(VISITORS, () => HttpResponse.json(longestVisitors))),
};

const {SignedOut, Loading, Error, French, Dark} = shared.stories;
export {SignedOut, Loading, Error, French, Dark};
