// Ada asks the space for help on the demo portal: she opens a request on the Help page (a guide
// is suggested first), the space answers through the dev route, the answer shows live, and
// she marks the request resolved.
import {clickOn, element, navTo, onPage, textIn, typeInto, waitFor} from '../lib/portal.mjs';
import {HELPDESK, SPACE} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

export async function requestAnswered(demo) {
  const {page, origin} = demo;
  await navTo(page, 'Help');
  await onPage(page, 'help', /^Help$/);
  await waitFor(page, HELPDESK, '[part~="new-request-button"]');
  await demo.screenshot(page, 'desktop-light-help');
  await clickOn(page, HELPDESK, '[part~="new-request-button"]');
  await typeInto(page, HELPDESK, '[part~="subject-input"]', 'The Wi-Fi drops at desk 12');
  const suggested = await until('a suggested guide', async () =>
    (await textIn(page, HELPDESK)).includes('These guides may answer it: Connect to the Wi-Fi'),
  )
    .then(() => true)
    .catch(() => false);
  await demo.check('a new request suggests the guide its words match', suggested);
  await typeInto(page, HELPDESK, '[part~="description-input"]', 'It drops **every hour**.');
  await clickOn(page, HELPDESK, '[part~="send-button"]');
  const thread = await waitFor(page, HELPDESK, '[part~="request"][data-request]');
  const id = await thread.getAttribute('data-request');
  await thread.dispose();
  await demo.check('a member opens a request on the Help page', Boolean(id), id);
  const answeredAt = Date.now();
  const answer = await fetch(`${origin}/v1/spaces/${SPACE}/__dev/help/requests/${id}/answer`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({body: 'We moved you to the **5 GHz** network. Better?'}),
  });
  if (!answer.ok) throw new Error(`POST __dev/help/requests/${id}/answer: ${answer.status}`);
  const live = await until(
    'the answer shown',
    async () => {
      const text = await textIn(page, HELPDESK);
      return text.includes('We moved you to the 5 GHz network.') && /Waiting for you/.test(text);
    },
    5_000,
  )
    .then(() => true)
    .catch(() => false);
  await demo.check(
    'the space answers through the dev route and the member sees it live',
    live,
    `${Date.now() - answeredAt} ms after the dev route`,
  );
  await demo.screenshot(page, 'desktop-light-help-request');
  await clickOn(page, HELPDESK, '[part~="resolve-button"]');
  const resolved = await until('the request resolved', async () =>
    Boolean(await element(page, HELPDESK, '[part~="reopen-button"]')),
  );
  await demo.check('the member marks the request resolved', resolved);
}

/** Help, Visitors and Deliveries on a phone (390 px): no sideways scroll; screenshots. */
export async function frontDeskOnAPhone(demo) {
  const {page, origin} = demo;
  const desktop = page.viewportSize();
  await page.setViewportSize({width: 390, height: 844});
  try {
    for (const [path, tag, text] of [
      ['help', HELPDESK, 'Your requests'],
      ['visitors', 'portico-visitors', 'Expected'],
      ['deliveries', 'portico-deliveries', 'waiting'],
    ]) {
      // 'load': a signed-in page keeps its realtime event stream open.
      await page.goto(`${origin}/members/${path}`, {waitUntil: 'load'});
      await onPage(page, path);
      await until(`the ${path} page's content`, async () =>
        (await textIn(page, tag)).includes(text),
      );
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await demo.check(`the ${path} page fits a 390 px phone`, sideways === 0, `${sideways} px`);
      await demo.screenshot(page, `phone-${path}`);
    }
  } finally {
    await page.setViewportSize(desktop);
    await page.goto(`${origin}/members/`, {waitUntil: 'load'});
    await onPage(page, 'dashboard');
  }
}
