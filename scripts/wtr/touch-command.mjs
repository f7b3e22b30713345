// A @web/test-runner command that touches the page with a real finger: Chromium's own touch
// input (CDP Input.dispatchTouchEvent), so the browser decides as on a phone whether a gesture
// scrolls (touch-action), fires pointer events with pointerType "touch", or cancels them.
// Synthetic PointerEvents cannot show any of that.
//
//   import {executeServerCommand} from '@web/test-runner-commands';
//   await executeServerCommand('touch', {steps: [
//     {type: 'start', x, y}, {type: 'wait', ms: 500}, {type: 'move', x, y: y - 80}, {type: 'end'},
//   ]});
//
// Coordinates are CSS pixels of the page's viewport.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function touchCommandPlugin() {
  return {
    name: 'portico-touch-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`touch: needs Chromium through puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
        let at = {x: 0, y: 0};
        for (const step of payload.steps) {
          if (step.type === 'wait') {
            await new Promise((resolve) => setTimeout(resolve, step.ms));
            continue;
          }
          if (step.type === 'move') {
            // A finger slides: several small moves, as a real one reports them.
            const count = step.count ?? 8;
            const from = at;
            for (let i = 1; i <= count; i++) {
              at = {
                x: from.x + ((step.x - from.x) * i) / count,
                y: from.y + ((step.y - from.y) * i) / count,
              };
              await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [at]});
              await new Promise((resolve) => setTimeout(resolve, 16));
            }
            continue;
          }
          if (step.type === 'start') at = {x: step.x, y: step.y};
          await cdp.send('Input.dispatchTouchEvent', {
            type: step.type === 'start' ? 'touchStart' : 'touchEnd',
            touchPoints: step.type === 'start' ? [at] : [],
          });
        }
        return true;
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}
