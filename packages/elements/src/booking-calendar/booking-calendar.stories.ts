import {createMockApi} from '@portico/mock-server';
import {addDays, calendarDayOf, weekdayOf} from '@portico/sdk/domain';
import {contrastTheme, darkTheme} from '@portico/themes';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {http, HttpResponse} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {problem} from '../../test/helpers/problem.js';
import {answering, errorStory, StoryClients, themedStyle} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './booking-calendar.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';

/** The knobs of every booking calendar story. */
interface StoryKnobs {
  /** Sign the member in before rendering (ada, unless `member` says another). */
  loggedIn: boolean;
  member: string;
  view: 'day' | 'week' | 'list';
  /** `YYYY-MM-DD`; empty for a weekday a few days ahead. */
  date: string;
  resourceIds: string;
  hourStart: string;
  hourEnd: string;
  readonly: boolean;
  compact: boolean;
  lang: 'en' | 'fr';
}

const AVAILABILITY = `*/v1/spaces/${SPACE}/availability`;
const BOOKINGS = `*/v1/spaces/${SPACE}/bookings`;

const clients = new StoryClients();

/** A Tuesday past the seeded bookings (they stop ten days ahead): nothing is booked. */
function emptyDay(): string {
  let day = addDays(calendarDayOf(Date.now(), 'Europe/Paris'), 15);
  while (weekdayOf(day) !== 'tue') day = addDays(day, 1);
  return day;
}

/** A Monday to Wednesday at least three days ahead (Paris): a day the space is open. */
function soon(): string {
  let day = addDays(calendarDayOf(Date.now(), 'Europe/Paris'), 3);
  while (!['mon', 'tue', 'wed'].includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

const render = (args: StoryKnobs, context: StoryContext<StoryKnobs>) => html`
  <div lang=${args.lang}>
    <portico-booking-calendar
      .client=${clients.get(context)}
      view=${ifDefined(args.view)}
      date=${args.date || soon()}
      resource-ids=${args.resourceIds}
      hour-start=${ifDefined(args.hourStart || undefined)}
      hour-end=${ifDefined(args.hourEnd || undefined)}
      ?readonly=${args.readonly}
      ?compact=${args.compact}
    ></portico-booking-calendar>
  </div>
`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-booking-calendar',
  title: 'Booking calendar',
  ...clients.meta<StoryKnobs>(({loggedIn, member}) => (loggedIn ? member : null)),
  args: {
    loggedIn: true,
    member: 'ada@example.com',
    view: 'day',
    date: '',
    resourceIds: '',
    hourStart: '',
    hourEnd: '',
    readonly: false,
    compact: false,
    lang: 'en',
  },
  argTypes: {
    view: {control: 'inline-radio', options: ['day', 'week', 'list']},
    lang: {control: 'inline-radio', options: ['en', 'fr']},
  },
  render,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** The harness of the story's calendar, once its grid (or list) shows. */
async function ready(canvas: HTMLElement): Promise<PorticoBookingCalendarHarness> {
  const el = canvas.querySelector('portico-booking-calendar') as PorticoBookingCalendar;
  const harness = new PorticoBookingCalendarHarness(el);
  await harness.until((h) => !!h.grid || !!h.part('list'), 10_000);
  return harness;
}

/** Selects the first free afternoon cell of the first column, then presses the main button. */
async function bookFirstFree(canvas: HTMLElement, button = 'Confirm booking'): Promise<void> {
  const harness = await ready(canvas);
  const cells = harness.cells.filter((c) => c.dataset['col'] === '0');
  const free = cells
    .slice(Math.floor(cells.length / 2))
    .find((c) => c.getAttribute('aria-label')?.endsWith(': free'));
  if (!free) return;
  await harness.drag((free.getAttribute('aria-label') ?? '').split(': ')[0] as string);
  await harness.until((h) => h.partText('quote') !== '', 10_000);
  await harness.click(button);
}

/** Resources × time for one day. */
export const Day: Story = {};

/** One resource over a week (pick it in the toolbar). */
export const Week: Story = {args: {view: 'week', resourceIds: 'room-atelier'}};

/** Every resource over a week, side by side (`compact`). */
export const CompactWeek: Story = {args: {view: 'week', compact: true}};

/** The free slots of the day as a list (the default on screens up to 480px). */
export const List: Story = {args: {view: 'list'}};

/** A 320px screen without `view`: the list. */
export const Narrow: Story = {
  args: {view: undefined as unknown as 'list'},
  render: (args, context) =>
    html`<div ${cssomStyle({width: '320px'})}>${render(args, context)}</div>`,
};

/** `readonly`, nobody signed in: availability for a public page. */
export const ReadOnly: Story = {args: {loggedIn: false, readonly: true}};

/** Signed out, not read-only: selecting a time asks to sign in. */
export const SignedOut: Story = {args: {loggedIn: false}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`<div ${themedStyle(darkTheme)}>${render(args, context)}</div>`,
};

/** The high-contrast theme's tokens on an ancestor: free, busy, closed and selected apart. */
export const HighContrast: Story = {
  render: (args, context) =>
    html`<div ${themedStyle(contrastTheme)}>${render(args, context)}</div>`,
};

/** French text, dates and 24-hour times. */
export const French: Story = {args: {lang: 'fr'}};

/** A Sunday: the space is closed all day. */
export const ClosedDay: Story = {
  args: {
    date: (() => {
      let day = soon();
      while (weekdayOf(day) !== 'sun') day = addDays(day, 1);
      return day;
    })(),
  },
};

/** No resource matches the filters. */
export const NoResources: Story = {args: {resourceIds: 'nothing-here'}};

/** A day with nothing booked yet: every open cell is free. */
export const EmptyDay: Story = {
  render: (args, context) => render({...args, date: args.date || emptyDay()}, context),
};

/** Every resource is booked all day. */
export const FullyBooked: Story = {
  parameters: answering(
    http.get(AVAILABILITY, ({request}) => {
      const url = new URL(request.url);
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      // Every resource the demo space seeds.
      const resources = createMockApi({scenario: 'demo'}).db.all<{id: string}>('resources');
      return HttpResponse.json({
        from,
        to,
        resources: resources.map(({id: resourceId}) => ({
          resourceId,
          free: [],
          busy: [{start: from, end: to}],
        })),
      });
    }),
  ),
};

/** The spring-forward day in Paris (23 hours): 01:30 is followed by 03:00. */
export const DstSpring: Story = {
  args: {date: '2026-03-29', hourStart: '0', hourEnd: '24', resourceIds: 'room-atelier'},
};

/** The fall-back day in Paris (25 hours): 02:00 comes twice, labelled with its offset. */
export const DstAutumn: Story = {
  args: {date: '2026-10-25', hourStart: '0', hourEnd: '24', resourceIds: 'room-atelier'},
};

/** Availability fails once (503): the reason and a Retry that works. */
export const Error: Story = errorStory(AVAILABILITY);

/** The play books a free time at L'Atelier, and the server refuses with `status` `code`. */
const refusedBooking = (status: number, code: string, title: string): Story => ({
  args: {resourceIds: 'room-atelier'},
  parameters: answering(http.post(BOOKINGS, () => problem(status, code, title))),
  play: ({canvasElement}) => bookFirstFree(canvasElement),
});

/** Outcome: booked (the play selects a free time and confirms). */
export const OutcomeConfirmed: Story = {
  args: {resourceIds: 'room-atelier'},
  play: ({canvasElement}) => bookFirstFree(canvasElement),
};

/** Outcome: the Loft needs approval, so the request is pending. */
export const OutcomePendingApproval: Story = {
  args: {resourceIds: 'event-loft'},
  play: ({canvasElement}) => bookFirstFree(canvasElement, 'Send request'),
};

/** Outcome: someone else was faster (409 `slot_unavailable`). */
export const OutcomeSlotTaken: Story = refusedBooking(409, 'slot_unavailable', 'Taken');

/** Outcome: not enough credits (402): an offer to buy some. */
export const OutcomeNeedsCredits: Story = refusedBooking(
  402,
  'insufficient_credits',
  'Insufficient credits',
);

/** Outcome: a booking rule the server refused (422 `too_late`). */
export const OutcomeRuleRefused: Story = refusedBooking(422, 'too_late', 'Too late');

/** Outcome: the terms step (403); Chloé has not accepted the space's terms yet. */
export const OutcomeTerms: Story = {
  args: {member: 'chloe@example.com', resourceIds: 'studio-podcast'},
  play: ({canvasElement}) => bookFirstFree(canvasElement),
};
