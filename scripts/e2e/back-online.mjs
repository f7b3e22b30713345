// Back online, caught up at once: Ada has the member page open in two tabs and her network goes
// down for 5 s (a proxy resets her open event stream and refuses new connections, and her
// browser goes offline: Chromium's offline mode alone leaves open streams open); meanwhile Farid
// books in his own browser. When her network returns (the proxy lets connections through, her
// tabs get `online`), each tab must show his booking within 1 s. BACK_ONLINE_RUNS=20 repeats
// the outage (the suite runs 2); every run's timings are printed.
import {startSite} from '../../examples/html/server.mjs';
import {TEST_NOW} from '../lib/test-clock.mjs';
import {newContext, openTab} from './lib/browser.mjs';
import {
  cell,
  cellState,
  freeRun,
  goToBookableDay,
  goToDay,
  waitUntilBooked,
} from './lib/calendar.mjs';
import {startCutProxy} from './lib/cut-proxy.mjs';
import {click, find, waitForText} from './lib/elements.mjs';
import {Journey} from './lib/journey.mjs';
import {signIn} from './lib/login.mjs';
import {ADA, CALENDAR, FARID, LOGIN, SPACE} from './lib/seed.mjs';
import {sleep} from './lib/until.mjs';
const OUTAGE_MS = 5_000;
const CAUGHT_UP_MS = 1_000;

/** Resolves with the ms from now until `page`'s calendar shows `where` booked. */
async function timeUntilBooked(page, where, since) {
  await waitUntilBooked(page, where);
  return Date.now() - since;
}

export async function backOnline(
  browser,
  checks,
  runs = Number(process.env.BACK_ONLINE_RUNS ?? 2),
) {
  const site = await startSite({scenario: SPACE, now: TEST_NOW});
  const proxy = await startCutProxy(site.url);
  const tabs = {};
  const journey = new Journey(checks, 'back-online', () => tabs);
  const context = await newContext(browser, {viewport: {width: 1280, height: 900}});
  try {
    let day;
    await journey.step(
      'Ada signs in in two tabs (through the proxy), Farid in his browser; all show one day',
      async () => {
        tabs.farid = await openTab(browser, `${site.url}/`);
        await signIn(tabs.farid.page, site, FARID, {profile: 'skip'});
        tabs.ada1 = {page: await context.newPage()};
        await tabs.ada1.page.goto(`${proxy.url}/`, {waitUntil: 'networkidle'});
        await signIn(tabs.ada1.page, site, ADA, {profile: 'skip'});
        // The second tab finds her session in the browser's storage.
        tabs.ada2 = {page: await context.newPage()};
        // (Never network-idle: her event stream stays open.)
        await tabs.ada2.page.goto(`${proxy.url}/`, {waitUntil: 'load'});
        await waitForText(tabs.ada2.page, LOGIN, '[part~="heading"]', /^Welcome, /);
        ({day} = await goToBookableDay(tabs.farid.page, 2));
        for (const tab of [tabs.ada1, tabs.ada2]) await goToDay(tab.page, day);
        return day;
      },
    );

    const timings = [];
    for (let run = 1; run <= runs; run++) {
      await journey.step(
        `outage ${run}/${runs}: Farid books while Ada is offline for 5 s; back online, her tabs show it`,
        async () => {
          let [target] = (await freeRun(tabs.farid.page, 2)) ?? [];
          if (!target) {
            // This day is full: everyone moves on to the next one with room.
            ({day} = await goToBookableDay(tabs.farid.page, 2));
            for (const tab of [tabs.ada1, tabs.ada2]) await goToDay(tab.page, day);
            [target] = await freeRun(tabs.farid.page, 2);
          }
          for (const tab of [tabs.ada1, tabs.ada2])
            await find(tab.page, CALENDAR, `[role="gridcell"][aria-label="${target}: free"]`);
          // Let the tabs' event streams settle into being open before the cut.
          await sleep(300);

          proxy.cut();
          await context.setOffline(true);
          const cutAt = Date.now();
          await (await cell(tabs.farid.page, target)).click();
          await waitForText(tabs.farid.page, CALENDAR, '[part~="quote"]', /credit/);
          await click(tabs.farid.page, CALENDAR, 'button[part~="confirm-button"]');
          await waitForText(tabs.farid.page, CALENDAR, '[part~="outcome"]', /^\s*Booked: /);
          for (const [name, tab] of [
            ['1', tabs.ada1],
            ['2', tabs.ada2],
          ]) {
            const state = await cellState(tab.page, target);
            if (state !== 'free') throw new Error(`Ada's tab ${name} saw it offline (${state})`);
          }
          await sleep(cutAt + OUTAGE_MS - Date.now());

          proxy.restore();
          await context.setOffline(false);
          const back = Date.now();
          const ms = await Promise.all(
            [tabs.ada1, tabs.ada2].map((tab) => timeUntilBooked(tab.page, target, back)),
          );
          timings.push(ms);
          return `${target}: tab 1 after ${ms[0]} ms, tab 2 after ${ms[1]} ms`;
        },
      );
    }
    if (timings.length === runs) {
      const late = timings.filter((ms) => ms.some((t) => t > CAUGHT_UP_MS));
      const all = timings.flat();
      checks.check(
        `every tab showed the booking within ${CAUGHT_UP_MS} ms of the network returning, ${runs - late.length} runs of ${runs}`,
        late.length === 0,
        `max ${Math.max(...all)} ms, median ${all.sort((a, b) => a - b)[Math.floor(all.length / 2)]} ms`,
      );
    }
  } finally {
    await context.close();
    await tabs.farid?.context.close();
    await proxy.close();
    await site.close();
  }
}
