/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import type {PorticoClient, Space} from '@portico/sdk';
import {addDays, calendarDayOf, weekdayOf} from '@portico/sdk/domain';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {mount} from '../../test/helpers/mount.js';
import {
  API,
  createTestClient,
  logIn,
  resetMockApi,
  SPACE,
  worker,
} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import type {PorticoCreditBalance} from '../credit-balance/credit-balance.component.js';
import {PorticoCreditBalanceHarness} from '../credit-balance/credit-balance.harness.js';
import './booking-calendar.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';

const problem = (status: number, code: string, title: string) =>
  HttpResponse.json(
    {type: 'about:blank', title, status, code},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

/** A weekday at least `ahead` days from today in the space, not a closed day. */
async function openDay(client: PorticoClient, ahead = 3): Promise<string> {
  const space: Space = await client.space.get();
  let day = addDays(calendarDayOf(Date.now(), space.timeZone), ahead);
  const closed = new Set(space.closures.map((c) => c.day));
  while (['sat', 'sun'].includes(weekdayOf(day)) || closed.has(day)) day = addDays(day, 1);
  return day;
}

interface SetupOptions {
  client?: PorticoClient;
  member?: string | null;
  attrs?: {view?: string; resourceIds?: string; readonly?: boolean};
  width?: string;
  lang?: string;
  withBalance?: boolean;
}

async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  if (options.member !== null && !options.client) await logIn(client, options.member);
  const day = await openDay(client);
  const {view, resourceIds = '', readonly = false} = options.attrs ?? {};
  const wrapper = await mount<HTMLDivElement>(html`<div
    lang=${options.lang ?? 'en'}
    style=${`width: ${options.width ?? '960px'}`}
  >
    ${options.withBalance
      ? html`<portico-credit-balance .client=${client}></portico-credit-balance>`
      : ''}
    <portico-booking-calendar
      .client=${client}
      date=${day}
      view=${view ?? 'day'}
      resource-ids=${resourceIds}
      ?readonly=${readonly}
    ></portico-booking-calendar>
  </div>`);
  const el = wrapper.querySelector('portico-booking-calendar') as PorticoBookingCalendar;
  const harness = new PorticoBookingCalendarHarness(el);
  await harness.until((h) => !!h.grid || !!h.part('list'));
  return {el, harness, client, day, wrapper};
}

/** The first free cell of `resource` at or after noon (the seeded calendar is busier in the morning). */
function freeCell(h: PorticoBookingCalendarHarness, resource: string, count = 1): string[] {
  const cells = h.cells.filter((c) => c.getAttribute('aria-label')?.startsWith(`${resource}, `));
  for (let i = Math.floor(cells.length / 3); i + count <= cells.length; i++) {
    const run = cells.slice(i, i + count);
    if (run.every((c) => c.getAttribute('aria-label')?.endsWith(': free'))) {
      return run.map((c) => (c.getAttribute('aria-label') ?? '').split(': ')[0] as string);
    }
  }
  throw new Error(`No ${count} free cells for ${resource}`);
}

describe('<portico-booking-calendar>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  describe('day view', () => {
    it('should show resources × times in the space time zone, accessibly in every theme', async () => {
      const {harness, wrapper, el} = await setupTest({attrs: {resourceIds: 'room-atelier,event-loft'}});
      expect(harness.columnHeaders).to.deep.equal(["L'Atelier", 'Le Loft']);
      expect(harness.rowHeaders[0]).to.equal('8:00 AM');
      expect(harness.focusCell).to.exist;
      expect(harness.cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('selection', () => {
    it('should select a free cell by click, emit portico-slot-selected and show the quote', async () => {
      const {harness, el} = await setupTest({attrs: {resourceIds: 'room-atelier'}});
      const spy = sinon.spy();
      el.addEventListener('portico-slot-selected', spy);
      const [cell] = freeCell(harness, "L'Atelier");
      await harness.drag(cell as string);
      expect(spy).to.have.been.calledOnce;
      const detail = spy.firstCall.args[0].detail;
      expect(detail.resourceId).to.equal('room-atelier');
      expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(30 * 60_000);
      expect(detail.issue).to.equal(null);
      expect(harness.stateOf(cell as string)).to.equal('selected');
      await harness.until((h) => h.partText('quote').includes('1 credit'));
    });
  });
});

void API;
void SPACE;
void worker;
void problem;
void sendKeys;
export type {PorticoCreditBalance};
void PorticoCreditBalanceHarness;
