/// <reference types="mocha" />
// The longest text the contract accepts, in every field an element shows, at a phone's and a
// laptop's width: nothing may make the host page scroll sideways, and every text shows as
// text. Names are written without spaces (the worst case: nowhere to break).
import {expect, fixtureCleanup, html} from '@open-wc/testing';
import {MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH, MAX_TEXT_LENGTH} from '@portico/sdk/contract';
import {createMockApi, type MockApi} from '@portico/mock-server';
import {createHandlers} from '@portico/mock-server/msw';
import {setViewport} from '@web/test-runner-commands';
import {createTestClient, logIn, resetMockApi, worker} from './helpers/mock-api.js';
import {mount} from './helpers/mount.js';
import {clearSharedClients} from '../src/internal/client-registry.js';
import '../src/booking-calendar/booking-calendar.js';
import type {PorticoBookingCalendar} from '../src/booking-calendar/booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from '../src/booking-calendar/booking-calendar.harness.js';
import '../src/portal/portal.js';
import type {PorticoPortal} from '../src/portal/portal.component.js';
import {PorticoPortalHarness} from '../src/portal/portal.harness.js';
import {PorticoShopHarness} from '../src/shop/shop.harness.js';
import {PorticoFloorPlanHarness} from '../src/floor-plan/floor-plan.harness.js';

const START_URL = location.pathname + location.search;
const START_TITLE = document.title;

/** `max` characters without a space, starting with `tag` so each field can be found. */
const longest = (tag: string, max: number) => `${tag}${'W'.repeat(max)}`.slice(0, max);

/** The longest value of each kind of text (see `@portico/sdk/contract`). */
const LONG = {
  memberName: longest('Member', MAX_NAME_LENGTH),
  company: longest('Company', MAX_NAME_LENGTH),
  bio: longest('Bio', MAX_TEXT_LENGTH),
  phone: `+${'1'.repeat(39)}`,
  email: `${'e'.repeat(64)}@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(57)}.com`,
  spaceName: longest('Space', MAX_NAME_LENGTH),
  address: longest('Address', 200),
  resourceName: (i: number) => longest(`Resource${i}`, MAX_NAME_LENGTH),
  amenity: (i: number) => longest(`Amenity${i}`, 80),
  /** A floor's id (the first floor's; the others are as long) and its name. */
  floor: longest('Floor', 40),
  floorName: (i: number) => longest(`FloorName${i}`, 80),
  planName: longest('Plan', MAX_NAME_LENGTH),
  productName: longest('Product', MAX_NAME_LENGTH),
  description: longest('Description', MAX_TEXT_LENGTH),
  label: longest('Label', 200),
  title: longest('Title', 200),
  note: longest('Note', 500),
  subject: longest('Subject', MAX_SUBJECT_LENGTH),
  visitorName: longest('Visitor', MAX_NAME_LENGTH),
  carrier: longest('Carrier', MAX_NAME_LENGTH),
  sender: longest('Sender', MAX_NAME_LENGTH),
};

type Row = {id: string} & Record<string, unknown>;

/** A name that reads "Ada exe.pdf" if its right-to-left override is honoured. */
const SPOOF = 'Ada \u202Efdp.exe';

/** Every text of the seeded space, its members and their history at its longest. */
function lengthen(api: MockApi): void {
  const set = (table: string, fields: (row: Row) => Partial<Row>) =>
    api.db.transaction((tx) => {
      for (const row of tx.all<Row>(table)) tx.put(table, {...row, ...fields(row)});
    });
  set('spaces', (space) => ({
    name: LONG.spaceName,
    address: LONG.address,
    closures: (space.closures as Row[]).map((c) => ({...c, reason: LONG.label})),
  }));
  // Floors get the longest ids (which positions name) and names.
  const floorIds = new Map<string, string>();
  api.db.transaction((tx) => {
    tx.all<Row>('floors').forEach((floor, i) => {
      const id = i === 0 ? LONG.floor : longest(`Floor${i}`, 40);
      floorIds.set(floor.id, id);
      tx.delete('floors', floor.id);
      tx.put('floors', {...floor, id, name: LONG.floorName(i)});
    });
  });
  let resources = 0;
  set('resources', (resource) => ({
    // Distinct, so a time cell's label names one resource.
    name: LONG.resourceName(resources++),
    description: LONG.description,
    amenities: (resource.amenities as string[]).map((_, i) => LONG.amenity(i)),
    position: resource.position
      ? {
          ...(resource.position as Row),
          floor: floorIds.get((resource.position as Row)['floor'] as string) ?? LONG.floor,
        }
      : null,
  }));
  set('plans', () => ({name: LONG.planName, description: LONG.description}));
  set('products', () => ({name: LONG.productName, description: LONG.description}));
  set('members', (member) =>
    member.email === 'ada@example.com'
      ? {
          email: LONG.email,
          name: LONG.memberName,
          company: LONG.company,
          bio: LONG.bio,
          phone: LONG.phone,
        }
      : {},
  );
  set('payments', () => ({description: LONG.label}));
  set('ledger', () => ({description: LONG.label}));
  set('notifications', () => ({title: LONG.title, body: LONG.description}));
  set('bookings', () => ({note: LONG.note}));
  set('visitors', () => ({
    name: LONG.visitorName,
    company: LONG.company,
    email: LONG.email,
    note: LONG.note,
  }));
  set('helpRequests', (request) => ({
    subject: LONG.subject,
    messages: (request.messages as Row[]).map((m) => ({...m, body: LONG.description})),
  }));
  set('guides', () => ({title: LONG.label, summary: LONG.label}));
  set('deliveries', () => ({carrier: LONG.carrier, sender: LONG.sender, location: LONG.label}));
  set('orders', (order) => ({
    lines: (order.lines as Row[]).map((line) => ({...line, name: LONG.productName})),
  }));
}

/** The text of `node` and of every shadow root below it. */
function deepText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else text += deepText(child);
  }
  const shadow = (node as Element).shadowRoot;
  return shadow ? deepText(shadow) + text : text;
}

/** Every `<input>`/`<textarea>` value below `node`, through shadow roots. */
function deepValues(node: Element | ShadowRoot): string[] {
  const values: string[] = [];
  for (const el of node.querySelectorAll('*')) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) values.push(el.value);
    if (el.shadowRoot) values.push(...deepValues(el.shadowRoot));
  }
  return values;
}

/** The elements (through shadow roots) that reach past the right edge of the page. */
function pastTheEdge(node: Element | ShadowRoot, edge: number, found: string[] = []): string[] {
  for (const el of node.querySelectorAll('*')) {
    const {right} = el.getBoundingClientRect();
    if (right > edge + 0.5) {
      const part = el.getAttribute('part') ?? el.getAttribute('class') ?? '';
      found.push(`${el.localName}[${part}] ${Math.round(right)}`);
    }
    if (el.shadowRoot) pastTheEdge(el.shadowRoot, edge, found);
  }
  return found;
}

/** The innermost few of `found` (the last ones listed are the deepest). */
const culprits = (found: string[]) => found.slice(-8).join(', ');

/** How far the page scrolls sideways (0 when it does not). */
const sidewaysScroll = () =>
  document.documentElement.scrollWidth - document.documentElement.clientWidth;

/** Each page and the texts it must show (once a text is there, the page has loaded). */
const PAGES: {path: string; member: boolean; shows: string[]; value?: string}[] = [
  {path: '/', member: true, shows: [LONG.memberName, LONG.planName, LONG.title]},
  {path: '/book', member: true, shows: [LONG.amenity(0)]},
  {path: '/shop', member: true, shows: [LONG.productName, LONG.description]},
  {path: '/membership', member: true, shows: [LONG.planName, LONG.label]},
  {path: '/entries', member: true, shows: [LONG.planName]},
  {path: '/help', member: true, shows: [LONG.subject]},
  {path: '/visitors', member: true, shows: [LONG.visitorName, LONG.note]},
  {path: '/deliveries', member: true, shows: [LONG.carrier, LONG.label]},
  {path: '/notifications', member: true, shows: [LONG.title, LONG.description]},
  {path: '/profile', member: true, shows: [LONG.email], value: LONG.bio},
  {path: '/sign-in', member: false, shows: [LONG.spaceName]},
];

describe('extreme text', function () {
  // Whole portal pages at two widths; the shop and calendar load many queries.
  this.timeout(60_000);

  let api: MockApi;

  beforeEach(async () => {
    await resetMockApi();
    // The mock's clock is the page's (sessions expire by the page's clock).
    api = createMockApi({scenario: 'demo'});
    lengthen(api);
    worker.resetHandlers(...createHandlers({api}));
  });

  afterEach(async () => {
    fixtureCleanup();
    history.replaceState(null, '', START_URL);
    document.title = START_TITLE;
    clearSharedClients();
    await setViewport({width: 1024, height: 768});
  });

  async function openPortal(path: string, member: boolean) {
    const client = createTestClient();
    if (member) await logIn(client, LONG.email);
    history.replaceState(null, '', `${START_URL}#${path}`);
    const wrapper = await mount(
      html`<div lang="en"><portico-portal .client=${client} routing="hash"></portico-portal></div>`,
    );
    const el = wrapper.querySelector<PorticoPortal>('portico-portal')!;
    return new PorticoPortalHarness(el);
  }

  describe('with a right-to-left override (U+202E) in a name', () => {
    it('should show the name as written, never reversed', async () => {
      // A lax backend: neither it nor the page checks answers against the contract, which
      // refuses bidi controls.
      api = createMockApi({scenario: 'demo', validateResponses: false});
      api.db.transaction((tx) => {
        for (const member of tx.all<Row>('members')) {
          if (member.email === 'ada@example.com') tx.put('members', {...member, name: SPOOF});
        }
      });
      worker.resetHandlers(...createHandlers({api}));
      const client = createTestClient({validateResponses: false});
      await logIn(client);
      history.replaceState(null, '', `${START_URL}#/`);
      const wrapper = await mount(
        html`<div lang="en">
          <portico-portal .client=${client} routing="hash"></portico-portal>
        </div>`,
      );
      const harness = new PorticoPortalHarness(
        wrapper.querySelector<PorticoPortal>('portico-portal')!,
      );
      await harness.until((h) => h.heading.startsWith('Welcome'), 20_000);
      // "Ada \u202Efdp.exe" would read "Ada exe.pdf": the override is dropped.
      expect(harness.heading).to.equal('Welcome, Ada fdp.exe');
      expect(deepText(harness.element)).not.to.contain('\u202E');
    });
  });

  for (const width of [390, 1280]) {
    describe(`at ${width} px`, () => {
      /** The page does not scroll sideways; the message names what reaches past the edge. */
      const expectNoSidewaysScroll = async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const edge = document.documentElement.clientWidth;
        expect(
          sidewaysScroll(),
          `the page scrolls sideways; past the edge: ${culprits(pastTheEdge(document.body, edge))}`,
        ).to.equal(0);
      };

      it('should wrap the longest product in the cart', async () => {
        await setViewport({width, height: 800});
        const portal = await openPortal('/shop', true);
        await portal.until((h) => h.find('portico-shop') !== null, 20_000);
        const shop = new PorticoShopHarness(portal.find('portico-shop')!);
        await portal.until(() => shop.productIds.length > 0 && shop.cartReady, 20_000);
        await shop.add(shop.productIds[0]!);
        await portal.until(() => shop.cartText.includes(LONG.productName), 20_000);
        await expectNoSidewaysScroll();
      });

      it('should wrap the longest resource in the booking panel', async () => {
        await setViewport({width, height: 800});
        const portal = await openPortal('/book', true);
        await portal.until((h) => h.find('portico-booking-calendar') !== null, 20_000);
        const calendar = new PorticoBookingCalendarHarness(
          portal.find('portico-booking-calendar')!,
        );
        await portal.until(() => calendar.text.includes('Day'), 20_000);
        await calendar.click('Day');
        const free = () =>
          calendar.cells.find((c) => c.getAttribute('aria-label')?.endsWith(': free'));
        // The first day with a free time (the space is closed some days).
        for (let day = 0; day < 7; day++) {
          const found = await portal
            .until(() => free() !== undefined, 5_000)
            .then(() => true)
            .catch(() => false);
          if (found) break;
          await calendar.click('›');
        }
        const where = free()!.getAttribute('aria-label')!.split(': ')[0]!;
        await calendar.drag(where);
        await portal.until(() => calendar.partText('quote') !== '', 20_000);
        expect(calendar.partText('panel')).to.contain(where.split(', ')[0]);
        await expectNoSidewaysScroll();
      });

      it('should keep the compact week’s times in view under the longest resource names', async () => {
        await setViewport({width, height: 800});
        const client = createTestClient();
        await logIn(client, LONG.email);
        const wrapper = await mount(
          html`<div lang="en">
            <portico-booking-calendar
              .client=${client}
              view="week"
              compact
            ></portico-booking-calendar>
          </div>`,
        );
        const calendar = new PorticoBookingCalendarHarness(
          wrapper.querySelector<PorticoBookingCalendar>('portico-booking-calendar')!,
        );
        await calendar.until(
          (h) => h.columnHeaders.some((text) => text.includes('Resource')),
          20_000,
        );
        await calendar.settled();
        // The headers say the whole name (a screen reader reads it, a pointer's tooltip shows
        // it), and leave the scroller room for its rows.
        expect(calendar.columnHeaders[0]).to.contain(LONG.resourceName(0));
        const scroller = calendar.grid!.closest('.calendar__scroll')!.getBoundingClientRect();
        const head = calendar.root.querySelector('.grid__row--head')!.getBoundingClientRect();
        expect(head.height, 'the header row').to.be.at.most(scroller.height / 2);
        await expectNoSidewaysScroll();
      });

      it('should wrap the longest floor and place names on the floor plan', async () => {
        await setViewport({width, height: 800});
        const portal = await openPortal('/book', true);
        await portal.until((h) => h.bookTabs.length === 2, 20_000);
        await portal.chooseBookTab('Floor plan');
        const plan = new PorticoFloorPlanHarness(portal.find('portico-floor-plan')!);
        await portal.until(() => plan.floors.names[0] === LONG.floorName(0), 20_000);
        await plan.click('List');
        // The list shows before its places do: wait for a place to press.
        await portal.until(() => !!plan.part('list')?.querySelector('button'), 20_000);
        plan.part('list')!.querySelector('button')!.click();
        await portal.until(() => plan.cardTitle.startsWith('Resource'), 20_000);
        expect(plan.cardTitle).to.have.length(MAX_NAME_LENGTH);
        await expectNoSidewaysScroll();
      });

      for (const {path, member, shows, value} of PAGES.flatMap((page) =>
        page.shows.map((text) => ({...page, shows: text})),
      )) {
        const what = `${shows.slice(0, 12)}… (${shows.length} characters)`;
        it(`should show ${what} on ${path} as text, without sideways scroll`, async () => {
          await setViewport({width, height: 800});
          const harness = await openPortal(path, member);
          await harness.until(
            (h) =>
              deepText(h.element).includes(shows) &&
              (value === undefined || deepValues(h.root).includes(value)),
            20_000,
          );
          await expectNoSidewaysScroll();
          const host = harness.element.getBoundingClientRect();
          expect(host.right).to.be.at.most(document.documentElement.clientWidth);
        });
      }
    });
  }
});
