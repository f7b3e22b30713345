import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {VISITORS, visitorArrives} from '../../test/helpers/front-desk.js';
import {answering, darkStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './visitors.js';

/** The knobs of every visitors story. */
type StoryKnobs = LangKnob;

/** Each story's client; Ada (Ana today, Jonas tomorrow) signs in unless the story says otherwise. */
const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-visitors',
  title: 'Visitors',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} ${cssomStyle({'max-width': '32rem'})}>
      <portico-visitors .client=${clients.get(context)}></portico-visitors>
    </div>
  `,
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

const states = stateStories('/me/visitors');

export const SignedOut: Story = states.signedOut;

export const Loading: Story = states.loading;

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = states.error;

export const French: Story = {args: {lang: 'fr'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} ${darkStyle({'max-width': '32rem'})}>
      <portico-visitors .client=${clients.get(context)}></portico-visitors>
    </div>
  `,
};
