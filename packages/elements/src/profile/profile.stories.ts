import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {unavailable} from '../../test/helpers/problem.js';
import {answering, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import './profile.js';

/** The knobs of every profile story. */
type StoryKnobs = LangKnob;

/** Each story's client; Ben signs in unless the story says otherwise. */
const clients = new StoryClients();
const ME = `*/v1/spaces/${SPACE}/me`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-profile',
  title: 'Profile',
  ...clients.meta<StoryKnobs>('ben@example.com'),
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '40rem'})}>
      <portico-profile .client=${clients.get(context)}></portico-profile>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ben: a name and a company, no phone or bio yet. */
export const Default: Story = {};

/** Ada's profile is complete. */
export const Complete: Story = {
  parameters: {member: 'ada@example.com'} satisfies StateParameters,
};

/** Saving fails (503): press Save to see the message. */
export const SaveFails: Story = {
  parameters: answering(http.patch(ME, unavailable)),
};

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/me', 2);
export {SignedOut, Loading, Error, French};
