import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {GUIDES, HELP_REQUESTS, spaceAnswers} from '../../test/helpers/front-desk.js';
import {longestGuides, longestRequests} from '../../test/helpers/front-desk-longest.js';
import {answering, memberElementStories, playIn} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import './helpdesk.js';

/** The knobs of every help desk story. */
type StoryKnobs = LangKnob;

/** Ada (a request waiting for her, one resolved) signs in. */
const shared = memberElementStories<StoryKnobs>({
  member: 'ada@example.com',
  path: '/me/help/requests',
  maxWidth: '40rem',
  element: (client) => html`<portico-helpdesk .client=${client}></portico-helpdesk>`,
});

const meta: Meta<StoryKnobs> = {
  component: 'portico-helpdesk',
  title: 'Help desk',
  ...shared.meta,
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

/** Ada opens the printer request the space answered: its thread in Markdown and a reply form. */
export const Thread: Story = {play: playIn('portico-helpdesk', '[data-request="req_s1"]')};

/** Ada's Wi-Fi request, resolved yesterday: she may reopen it for a week. */
export const Resolved: Story = {play: playIn('portico-helpdesk', '[data-request="req_s2"]')};

/** Ada starts a request about the Wi-Fi: the guide its words match is suggested first. */
export const NewRequest: Story = {
  play: playIn('portico-helpdesk', '[part~="new-request-button"]', {
    selector: '[part~="subject-input"]',
    value: 'The Wi-Fi drops at my desk',
  }),
};

/** Ada sent the form empty: each field says what it needs. */
export const FormErrors: Story = {
  play: playIn('portico-helpdesk', '[part~="new-request-button"]', '[part~="send-button"]'),
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

/** The longest values the contract allows, and right-to-left text, in requests and guides. */
export const Longest: Story = {
  parameters: answering(
    http.get(HELP_REQUESTS, () => HttpResponse.json(longestRequests)),
    http.get(GUIDES, () => HttpResponse.json(longestGuides)),
  ),
};

const {SignedOut, Loading, Error, French, Dark} = shared.stories;
export {SignedOut, Loading, Error, French, Dark};
