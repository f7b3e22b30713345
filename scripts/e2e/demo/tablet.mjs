// Ada on a tablet (820 × 1180, touch screen) on the demo portal's Book page, with Chromium's
// own touch input (CDP): a swipe scrolls the day grid and selects nothing, a tap selects the
// cell under the finger, a long press then a drag selects a range. (Nothing is booked.)
import {touchScreen} from '../lib/touch.mjs';
import {sleep, until} from '../lib/until.mjs';

/** Touch on a tablet: swipe, tap, long press and drag over the day grid. */
export async function tabletTouch(demo) {
  const {
    context,
    page: tablet,
    cdp,
  } = await demo.openAda('tablet', '/members/book', {
    viewport: {width: 820, height: 1180},
    hasTouch: true,
  });
  const {finger, slide} = touchScreen(cdp);
  /**
   * The grid's free cells of the first resource column: label, centre, selected; with
   * `centre`, three free cells in a row are scrolled to the middle of the screen first.
   */
  const grid = (centre = false) =>
    tablet.evaluate((centre) => {
      const deep = (root, query) => {
        const found = root.querySelector(query);
        if (found) return found;
        for (const el of root.querySelectorAll('*')) {
          const inner = el.shadowRoot && deep(el.shadowRoot, query);
          if (inner) return inner;
        }
        return null;
      };
      const calendar = deep(document, 'portico-booking-calendar').shadowRoot;
      const cells = [...calendar.querySelectorAll('[role="gridcell"][data-col="0"]')];
      const scroller = calendar.querySelector('.calendar__scroll');
      if (centre) {
        const free = (c) => c?.getAttribute('aria-label').endsWith(': free');
        const i = cells.findIndex((c, i) => free(c) && free(cells[i + 1]) && free(cells[i + 2]));
        cells[i + 1]?.scrollIntoView({block: 'center'});
      }
      return {
        scrolled: (document.scrollingElement?.scrollTop ?? 0) + (scroller?.scrollTop ?? 0),
        selected: cells
          .filter((c) => c.getAttribute('aria-selected') === 'true')
          .map((c) => c.getAttribute('aria-label').split(': ')[0]),
        cells: cells.map((c) => {
          const r = c.getBoundingClientRect();
          return {
            label: c.getAttribute('aria-label'),
            x: Math.round(r.left + r.width / 2),
            y: Math.round(r.top + r.height / 2),
            visible: r.top > 0 && r.bottom < window.innerHeight,
          };
        }),
      };
    }, centre);
  /** Three free cells in a row, in the middle of the screen. */
  const freeRun = async () => {
    const {cells} = await grid(true);
    for (let i = 0; i + 2 < cells.length; i++) {
      const run = cells.slice(i, i + 3);
      if (run.every((c) => c.label.endsWith(': free') && c.visible)) return run;
    }
    return null;
  };
  let result = '';
  let ok = false;
  try {
    await until('the day grid', async () => (await grid()).cells.length > 0, 15_000);
    const start = (await freeRun()) ?? [];
    // After freeRun(): it scrolls the cells to the middle of the screen itself.
    const before = await grid();
    if (start.length !== 3) {
      const g = await grid();
      result = `no three free cells in view: ${g.cells.length} cells, ${g.cells.filter((c) => c.label.endsWith(': free')).length} free, ${g.cells.filter((c) => c.visible).length} in view; first: ${JSON.stringify(g.cells.slice(0, 2))}`;
    }
    if (start.length === 3) {
      // A swipe up over the grid.
      await finger('touchStart', start[1]);
      await slide(start[1], {x: start[1].x, y: start[1].y - 250});
      await finger('touchEnd');
      // The page flings on after the finger leaves: wait until it has come to rest.
      let last = NaN;
      await until(
        'the fling to stop',
        async () => {
          const now = (await grid()).scrolled;
          const still = now === last;
          last = now;
          await sleep(150);
          return still;
        },
        5_000,
      );
      const swiped = await grid();
      const scrolledBy = swiped.scrolled - before.scrolled;
      // A tap.
      const run = await freeRun();
      await finger('touchStart', run[1]);
      await finger('touchEnd');
      // The room's slot (30 minutes: two 15-minute rows) that holds the tapped cell.
      const tapped = await until('the tapped cell selected', async () => {
        const now = await grid();
        return now.selected.length > 0 ? now.selected : null;
      }).catch(() => []);
      // A long press, then a drag over two more cells.
      const range = await freeRun();
      const top = (await grid()).scrolled;
      await finger('touchStart', range[0]);
      await until('the long press to start a drag', async () =>
        (await grid()).selected.includes(range[0].label.split(': ')[0]),
      ).catch(() => undefined);
      await slide(range[0], range[2]);
      await finger('touchEnd');
      const labels = range.map((c) => c.label.split(': ')[0]);
      // From the pressed cell over the dragged ones (rounded up to the slot size).
      const dragged = await until('the range selected', async () => {
        const now = await grid();
        return labels.every((label) => now.selected.includes(label)) ? now : null;
      }).catch(() => grid());
      ok =
        scrolledBy > 50 &&
        swiped.selected.length === 0 &&
        tapped.includes(run[1].label.split(': ')[0]) &&
        dragged.selected[0] === labels[0] &&
        labels.every((label) => dragged.selected.includes(label)) &&
        dragged.scrolled === top;
      result = `swipe scrolled ${scrolledBy}px selecting ${swiped.selected.length}; tap on ${run[1].label} → ${tapped.join(' / ')}; long press + drag ${labels[0]} → ${labels[2]} → ${dragged.selected.join(' / ')}, scroll moved ${dragged.scrolled - top}px`;
    }
  } catch (error) {
    result = String(error?.message ?? error);
  }
  await demo.check(
    'touch on a tablet: a swipe scrolls the grid, a tap selects, a long press then a drag selects a range',
    ok,
    result,
  );
  await cdp.detach();
  await context.close();
}
