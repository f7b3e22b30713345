// Chromium's own touch input and device emulation (CDP), for the journeys on a tablet and a
// phone: a finger that presses, slides and lifts, a tap on an element, and a page turned into
// a phone and back.
import {sleep} from './until.mjs';

/** A finger on the page of the CDP session `cdp`. */
export function touchScreen(cdp) {
  /** A touchStart / touchMove / touchEnd at `at` ({x, y}; none for touchEnd). */
  const finger = (type, at) =>
    cdp.send('Input.dispatchTouchEvent', {type, touchPoints: at ? [at] : []});
  return {
    finger,
    /** Moves the pressed finger from `from` to `to` in 8 steps, a frame apart. */
    async slide(from, to) {
      for (let i = 1; i <= 8; i++) {
        await finger('touchMove', {
          x: from.x + ((to.x - from.x) * i) / 8,
          y: from.y + ((to.y - from.y) * i) / 8,
        });
        await sleep(16);
      }
    },
    /** A tap at the centre of `handle`, scrolled to the middle of the screen first (as a thumb
     * would, clear of sticky bars at the bottom). */
    async tap(handle) {
      await handle.evaluate((el) => el.scrollIntoView({block: 'center'}));
      const box = await handle.boundingBox();
      const at = {x: box.x + box.width / 2, y: box.y + box.height / 2};
      await finger('touchStart', at);
      await finger('touchEnd');
    },
  };
}

/**
 * A phone (375 × 812, a mobile viewport with touch), or back to the 1280 × 900 desktop; the
 * page then reloads, as a phone's browser would have loaded it. Playwright sets mobile and
 * touch per context only: the page's own CDP session sets them here, over the viewport size
 * Playwright knows (its screenshots use that size).
 */
export async function emulatePhone(page, cdp, phone) {
  if (phone) {
    await page.setViewportSize({width: 375, height: 812});
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 375,
      height: 812,
      deviceScaleFactor: 1,
      mobile: true,
      screenOrientation: {angle: 0, type: 'portraitPrimary'},
    });
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true});
  } else {
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: false});
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.setViewportSize({width: 1280, height: 900});
  }
  await page.reload({waitUntil: 'load'});
}
