// A floor plan and a booking calendar on one page share one choice: a place chosen on the plan
// is selected in the calendar, and a time chosen in the calendar is ringed on the plan, by
// mouse and by keyboard, without a second booking panel quoting it.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type sinon from 'sinon';
import {freeCells, TZ} from '../../test/helpers/booking-calendar.js';
import {setupFloorPlan} from '../../test/helpers/floor-plan.js';
import {resetMockApi} from '../../test/helpers/mock-api.js';
import type {PorticoBookingCalendarHarness} from '../booking-calendar/booking-calendar.harness.js';
import type {PorticoFloorPlanHarness} from './floor-plan.harness.js';

/** `iso` as the calendar's rows name it (`9:00 AM`, in the space's zone). */
const rowTime = (iso: string) =>
  new Intl.DateTimeFormat('en', {hour: 'numeric', minute: '2-digit', timeZone: TZ}).format(
    Date.parse(iso),
  );

/** The plan chose the Hot desk: the calendar shows the plan's day with the same time selected. */
async function expectCalendarFollows(
  plan: PorticoFloorPlanHarness,
  calendar: PorticoBookingCalendarHarness,
  chosen: sinon.SinonSpy,
  day: string,
): Promise<void> {
  await plan.until((h) => h.cardTitle === 'Hot desk, window row');
  await calendar.until((h) => h.selectedCells.length > 0);
  expect(calendar.element.date).to.equal(day);
  const {start, end} = chosen.lastCall.args[0].detail;
  const quarters = (Date.parse(end) - Date.parse(start)) / (15 * 60_000);
  expect(calendar.selectedCells).to.have.length(quarters);
  expect(calendar.selectedCells[0]).to.equal(`Hot desk, window row, ${rowTime(start)}`);
  expect(calendar.selectedCells.every((cell) => cell.startsWith('Hot desk, '))).to.equal(true);
  // The plan quotes it; the calendar only shows it (one Confirm on the page).
  await plan.until((h) => h.partText('quote').length > 0);
  expect(calendar.partText('quote')).to.equal('');
}

describe('<portico-floor-plan> with <portico-booking-calendar> on the page', () => {
  beforeEach(resetMockApi);

  it('should select in the calendar the place chosen on the plan with the mouse', async () => {
    const {harness, calendar, day, spy} = await setupFloorPlan({
      calendar: {view: 'day', daysLater: 1},
      listen: 'portico-slot-selected',
    });
    await harness.clickPlace('Hot desk');
    await expectCalendarFollows(harness, calendar!, spy, day);
  });

  it('should select in the calendar the place chosen on the plan with the keyboard', async () => {
    const {harness, calendar, day, spy} = await setupFloorPlan({
      calendar: {view: 'day', daysLater: 1},
      listen: 'portico-slot-selected',
    });
    harness.places[0]?.focus();
    for (let i = 0; i < 3; i++) await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'Enter'});
    await expectCalendarFollows(harness, calendar!, spy, day);
  });

  it("should press the place's slot in the calendar's list view", async () => {
    const {harness, calendar} = await setupFloorPlan({calendar: {view: 'list', daysLater: 0}});
    await harness.clickPlace('Hot desk');
    await calendar!.until((h) => h.root.querySelector('[aria-pressed="true"]') !== null);
    const pressed = calendar!.root.querySelectorAll('.list__slot[aria-pressed="true"]');
    expect(pressed.length).to.equal(1);
    expect(pressed[0]!.getAttribute('aria-label')).to.match(/^\d{1,2}:\d\d [AP]M, Hot desk, /);
  });

  it('should ring on the plan, on its floor, the time chosen in the calendar by keyboard', async () => {
    const {harness, calendar} = await setupFloorPlan({calendar: {view: 'day', daysLater: 0}});
    // A place chosen on the plan first: the calendar's choice replaces it.
    await harness.clickPlace('Hot desk');
    await harness.until((h) => h.cardTitle !== '');
    // The calendar followed the plan (a new day): its grid is whole a frame after it renders.
    await calendar!.settled();
    const [cell] = freeCells(calendar!, "L'Atelier");
    calendar!.cell(cell as string).focus();
    await sendKeys({press: 'Enter'});
    await calendar!.until((h) => h.partText('quote').length > 0);
    await harness.until((h) => h.floors.current === 'First floor');
    await harness.until((h) => h.root.querySelector('.place--followed') !== null);
    const ringed = harness.root.querySelector('.place--followed')!.getAttribute('aria-label');
    expect(ringed?.split(',')[0]).to.equal("L'Atelier");
    expect(harness.cardTitle).to.equal('');
    expect(harness.partText('quote')).to.equal('');
    // The plan's span is now the calendar's time; the calendar keeps its own selection.
    expect(harness.element.timeStart).to.equal(to24(cell as string));
    expect(calendar!.selectedCells[0]).to.equal(cell);
  });

  it('should ring on the plan the time chosen in the calendar with the mouse', async () => {
    const {harness, calendar} = await setupFloorPlan({calendar: {view: 'day', daysLater: 0}});
    const [cell] = freeCells(calendar!, 'Hot desk');
    await calendar!.drag(cell as string);
    await harness.until((h) => h.root.querySelector('.place--followed') !== null);
    expect(
      harness.root.querySelector('.place--followed')!.getAttribute('aria-label')?.split(',')[0],
    ).to.equal('Hot desk');
    expect(harness.floors.current).to.equal('Ground floor');
  });
});

/** `Hot desk, 2:30 PM` → `14:30`. */
function to24(cell: string): string {
  const [, h, m, half] = /, (\d{1,2}):(\d\d) ([AP])M$/.exec(cell) ?? [];
  const hour = (Number(h) % 12) + (half === 'P' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${m}`;
}
