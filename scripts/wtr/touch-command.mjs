// A @web/test-runner command that touches the page with a real finger: Chromium's own touch
// input (CDP Input.dispatchTouchEvent), so the browser decides as on a phone whether a gesture
// scrolls (touch-action), fires pointer events with pointerType "touch", or cancels them.
// Synthetic PointerEvents cannot show any of that.
//
//   import {executeServerCommand} from '@web/test-runner-commands';
//   await executeServerCommand('touch', {steps: [{type: 'start', x, y}]});   // finger down
//   …wait in the page for what a long press does…
//   await executeServerCommand('touch', {steps: [{type: 'move', x, y: y - 80}, {type: 'end'}]});
//
// Steps: start {x, y}, move {x, y, count?} (slides there in `count` moves), wait {ms}, end.
// Coordinates are CSS pixels of the page's viewport. The finger stays down between commands.

/** Per test page: its CDP session (touch emulation on) and where the finger is. */
const fingers = new WeakMap();

async function fingerOf(page) {
  let finger = fingers.get(page);
  if (!finger) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 1});
    finger = {cdp, at: {x: 0, y: 0}};
    fingers.set(page, finger);
  }
  return finger;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function touchCommandPlugin() {
  return {
    name: 'portico-touch-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`touch: needs Chromium through puppeteer, not ${session.browser.type}`);
      const finger = await fingerOf(session.browser.getPage(session.id));
      const touch = (type, points) =>
        finger.cdp.send('Input.dispatchTouchEvent', {type, touchPoints: points});
      for (const step of payload.steps) {
        if (step.type === 'wait') {
          await pause(step.ms);
        } else if (step.type === 'start') {
          finger.at = {x: step.x, y: step.y};
          await touch('touchStart', [finger.at]);
        } else if (step.type === 'move') {
          // A finger slides: several small moves, as a real one reports them.
          const count = step.count ?? 8;
          const from = finger.at;
          for (let i = 1; i <= count; i++) {
            finger.at = {
              x: from.x + ((step.x - from.x) * i) / count,
              y: from.y + ((step.y - from.y) * i) / count,
            };
            await touch('touchMove', [finger.at]);
            await pause(16);
          }
        } else if (step.type === 'end') {
          await touch('touchEnd', []);
        } else {
          throw new Error(`touch: unknown step ${JSON.stringify(step)}`);
        }
      }
      return true;
    },
  };
}
