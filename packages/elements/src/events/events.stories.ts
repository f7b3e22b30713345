import type {PorticoClient} from '@portico/sdk';
import {register} from '@portico/sdk/events';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {createTestClient, logIn} from '../../test/helpers/client.js';
import {
  HOSTILE_DESCRIPTION,
  STORY_EVENT,
  answerEvent,
  answerEvents,
  longest,
} from '../../test/helpers/events.js';
import {darkTheme} from '@portico/themes';
import {answering, themedStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import type {EventsView} from './events.component.js';
import './events.js';

/** The knobs of every events story. */
interface StoryKnobs extends LangKnob {
  view: EventsView;
  /** An event's details instead of the list. */
  eventId: string;
  /** The wrapper's width (390px: a phone). */
  width: string;
  dir: 'ltr' | 'rtl';
}

interface StoryParameters extends StateParameters {
  /** Ben waits for the pitch practice; Ada takes the last seat, then gives it back. */
  offered?: boolean;
}

const clients = new StoryClients();

async function offerBenASeat(ben: PorticoClient): Promise<void> {
  const ada = createTestClient();
  await logIn(ada, 'ada@example.com');
  const seat = await register(ada, 'evt_pitch_practice', {});
  await register(ben, 'evt_pitch_practice', {});
  await ada.events.cancel(seat.id);
}

/** Two events with the longest values, listed and in their details. */
const LONGEST = [longest(STORY_EVENT), longest({...STORY_EVENT, id: 'evt_long_2'})];

const meta: Meta<StoryKnobs> = {
  component: 'portico-events',
  title: 'Events',
  ...clients.meta<StoryKnobs>('ada@example.com', async (client, context) => {
    if ((context.parameters as StoryParameters).offered) await offerBenASeat(client);
  }),
  // After the spread: its `args` has only `lang`.
  args: {lang: 'en', view: 'upcoming', eventId: '', width: '60rem', dir: 'ltr'},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} dir=${args.dir} ${cssomStyle({'max-width': args.width})}>
      <portico-events
        .client=${clients.get(context)}
        view=${args.view}
        event-id=${args.eventId}
      ></portico-events>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada's upcoming programme: free and paid, one seat left, a full one with a waitlist. */
export const Default: Story = {};

export const Past: Story = {args: {view: 'past'}};

/** Ada's registrations: two upcoming, two she went to. */
export const MyEvents: Story = {args: {view: 'mine'}};

/** One seat left at the pitch practice: its details, the description in Markdown. */
export const Detail: Story = {args: {eventId: 'evt_pitch_practice'}};

/** Ada is registered for Friday drinks (guests allowed): add to calendar, cancel. */
export const Registered: Story = {args: {eventId: 'evt_friday_drinks'}};

/** A full paid event: "Join the waitlist". */
export const Full: Story = {args: {eventId: 'evt_founders_lunch'}};

/** Ben is second in line for the founders' lunch. */
export const Waitlisted: Story = {
  args: {eventId: 'evt_founders_lunch'},
  parameters: {member: 'ben@example.com'} satisfies StoryParameters,
};

/** A seat opened for Ben: it is held for him until a stated time; "Confirm my seat". */
export const Offered: Story = {
  args: {eventId: 'evt_pitch_practice'},
  parameters: {member: 'ben@example.com', offered: true} satisfies StoryParameters,
};

/** Ada pressed "Get a ticket" on the workshop: pay with credits, card or invoice; total; refund rule. */
export const TicketQuote: Story = {
  args: {eventId: 'evt_a11y_workshop'},
  play: press('register-button'),
};

/** Ada pressed "Join the waitlist": the form says she would be number 3, nothing charged. */
export const WaitlistQuote: Story = {
  args: {eventId: 'evt_founders_lunch'},
  play: press('register-button'),
};

/** A description full of HTML and javascript: links: shown as text, never run. */
export const HostileDescription: Story = {
  args: {eventId: 'evt_pitch_practice'},
  parameters: answering(answerEvent({...STORY_EVENT, description: HOSTILE_DESCRIPTION})),
};

/** The longest title, category, place and description on a phone (390 px). */
export const LongestOnPhone: Story = {
  args: {width: '390px'},
  parameters: answering(answerEvents(LONGEST)),
};

export const LongestDetailOnPhone: Story = {
  args: {width: '390px', eventId: 'evt_pitch_practice'},
  parameters: answering(answerEvent(LONGEST[0]!)),
};

/** Right to left. */
export const Rtl: Story = {args: {dir: 'rtl'}};

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/events');
export {SignedOut, Loading, Error, French};

/** A visitor (nobody signed in) opened a free public event: the form with a name and email. */
export const VisitorRegistration: Story = {
  ...SignedOut,
  args: {eventId: 'evt_winter_party'},
};

export const FrenchDetail: Story = {args: {lang: 'fr', eventId: 'evt_founders_lunch'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} ${themedStyle(darkTheme, {'max-width': args.width})}>
      <portico-events .client=${clients.get(context)} view=${args.view}></portico-events>
    </div>
  `,
};

/** Presses the first button of `part` once the element shows it. */
function press(part: string) {
  return async ({canvasElement}: {canvasElement: HTMLElement}) => {
    const el = canvasElement.querySelector('portico-events');
    const deadline = performance.now() + 5_000;
    while (performance.now() < deadline) {
      const button = el?.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
      if (button) return button.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
}
