import {createHandlers} from '@portico/mock-server/msw';
import {checkIn} from '@portico/sdk/entries';
import {darkTheme} from '@portico/themes';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse, type RequestHandler} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {
  errorStory,
  loadingStory,
  signedOutStory,
  StoryClients,
  type StateParameters,
} from '../../test/helpers/stories.js';
import {nextInParis} from '../../test/helpers/space-clock.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './entries.js';

/** Story-level parameters of this file. */
interface StoryParameters extends StateParameters {
  /** The member has already checked in today. */
  checkedIn?: boolean;
}

/** The knobs of every entries story. */
interface StoryKnobs {
  /** The `lang` of the story's wrapper. */
  lang: 'en' | 'fr';
}

/** Each story's client; Ben (10 days a month) signs in unless the story says otherwise. */
const clients = new StoryClients();
const ENTRIES = `*/v1/spaces/${SPACE}/me/entries`;
const MEMBERSHIP = `*/v1/spaces/${SPACE}/me/membership`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-entries',
  title: 'Entries',
  args: {lang: 'en'},
  argTypes: {lang: {control: 'inline-radio', options: ['en', 'fr']}},
  parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}},
  async beforeEach(context) {
    const {client, close} = await clients.open(context, 'ben@example.com');
    if ((context.parameters as StoryParameters).checkedIn) await checkIn(client);
    return close;
  },
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
  parameters: {
    msw: {
      handlers: [
        http.get(ENTRIES, () =>
          HttpResponse.json({
            total: 10,
            used: 10,
            remaining: 0,
            validFrom: '2031-11-01',
            validUntil: '2031-11-30',
            checkedInToday: false,
            history: [],
          }),
        ),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

/** The entries plan is not active (e.g. unpaid): checking in is disabled, with the reason. */
export const MembershipNotActive: Story = {
  parameters: {
    msw: {
      handlers: [
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
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

/** Ada's plan (Flex monthly) does not count entries: what it gives instead. */
export const OtherPlan: Story = {
  parameters: {member: 'ada@example.com'} satisfies StoryParameters,
};

/** Chloe has no membership. */
export const NoMembership: Story = {
  parameters: {member: 'chloe@example.com'} satisfies StoryParameters,
};

export const SignedOut: Story = signedOutStory;

export const Loading: Story = loadingStory('/me/entries');

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = errorStory(ENTRIES);

export const French: Story = {args: {lang: 'fr'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div
      lang=${args.lang}
      ${cssomStyle({
        ...Object.fromEntries(
          Object.entries(darkTheme).map(([token, value]) => [`--portico-sys-${token}`, value]),
        ),
        'max-width': '26rem',
        background: darkTheme['color-surface-container'],
        padding: '1.5rem',
      })}
    >
      <portico-entries .client=${clients.get(context)}></portico-entries>
    </div>
  `,
};
