import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {HELP_REQUESTS, spaceAnswers} from '../../test/helpers/front-desk.js';
import {answering, darkStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './helpdesk.js';

/** The knobs of every help desk story. */
type StoryKnobs = LangKnob;

/** Each story's client; Ada (a request waiting for her, one resolved) signs in. */
const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-helpdesk',
  title: 'Help desk',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} ${cssomStyle({'max-width': '40rem'})}>
      <portico-helpdesk .client=${clients.get(context)}></portico-helpdesk>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada's requests (one waiting for her) and the space's guides. */
export const Default: Story = {};

/** The space answers Ada's printer request while the page is open. */
export const SpaceAnswers: Story = {
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await spaceAnswers('req_s1', 'We replaced the **roller**: try again?');
  },
};

/** A member who never asked anything. */
export const NoRequests: Story = {
  parameters: answering(
    http.get(HELP_REQUESTS, () =>
      HttpResponse.json({
        items: [],
        categories: [{id: 'help-wifi', name: 'Wi-Fi and network', shared: false}],
      }),
    ),
  ),
};

const states = stateStories('/me/help/requests');

export const SignedOut: Story = states.signedOut;

export const Loading: Story = states.loading;

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = states.error;

export const French: Story = {args: {lang: 'fr'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} ${darkStyle({'max-width': '40rem'})}>
      <portico-helpdesk .client=${clients.get(context)}></portico-helpdesk>
    </div>
  `,
};
