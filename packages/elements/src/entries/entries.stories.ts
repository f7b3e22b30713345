import {createHandlers} from '@portico/mock-server/msw';
import {checkIn} from '@portico/sdk/entries';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse, type RequestHandler} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {noEntriesLeft} from '../../test/helpers/entries.js';
import {nextInParis} from '../../test/helpers/space-clock.js';
import {darkTheme} from '@portico/themes';
import {answering, themedStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './entries.js';

/** Story-level parameters of this file. */
interface StoryParameters extends StateParameters {
  /** The member has already checked in today. */
  checkedIn?: boolean;
}

/** The knobs of every entries story. */
type StoryKnobs = LangKnob;

/** Each story's client; Ben (10 days a month) signs in unless the story says otherwise. */
const clients = new StoryClients();
const MEMBERSHIP = `*/v1/spaces/${SPACE}/me/membership`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-entries',
  title: 'Entries',
  ...clients.meta<StoryKnobs>('ben@example.com', async (client, context) => {
    if ((context.parameters as StoryParameters).checkedIn) await checkIn(client);
  }),
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} ${cssomStyle({'max-width': '26rem'})}>
      <portico-entries .client=${clients.get(context)}></portico-entries>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ben, 10 days a month: 4 used, check-in available today. */
export const Default: Story = {};

/** Ben already checked in today: the button is disabled and says when. */
export const AlreadyCheckedIn: Story = {
  parameters: {
    checkedIn: true,
    // Check-in follows the space's hours: the server runs on a weekday morning.
    msw: {handlers: createHandlers({scenario: 'demo', now: nextInParis('wed', '09:10')})},
  } satisfies StoryParameters & {msw: {handlers: RequestHandler[]}},
};

/** Every entry of the period is used. */
export const NoEntriesLeft: Story = {
  parameters: answering(noEntriesLeft()),
};

/** The entries plan is not active (e.g. unpaid): checking in is disabled, with the reason. */
export const MembershipNotActive: Story = {
  parameters: answering(
    http.get(MEMBERSHIP, () =>
      HttpResponse.json({
        membership: {
          id: 'ms_story',
          plan: {
            id: 'plan-10-days',
            name: '10 days a month',
            kind: 'entries',
            price: {amount: 19000, currency: 'EUR'},
            period: 'month',
          },
          status: 'inactive',
          validFrom: '2031-11-01',
          validUntil: '2031-11-30',
          usage: {kind: 'entries', used: 4, total: 10},
          nextBilling: null,
          payments: [],
        },
      }),
    ),
  ),
};

/** Ada's plan (Flex monthly) does not count entries: what it gives instead. */
export const OtherPlan: Story = {
  parameters: {member: 'ada@example.com'} satisfies StoryParameters,
};

/** Chloe has no membership. */
export const NoMembership: Story = {
  parameters: {member: 'chloe@example.com'} satisfies StoryParameters,
};

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/me/entries');
export {SignedOut, Loading, Error, French};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} ${themedStyle(darkTheme, {'max-width': '26rem'})}>
      <portico-entries .client=${clients.get(context)}></portico-entries>
    </div>
  `,
};
