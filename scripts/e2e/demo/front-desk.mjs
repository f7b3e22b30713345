// Ada's front desk on the demo portal: she registers a visitor, the space marks the arrival
// through the dev route and her page says "Your visitor … has arrived" live; the space posts
// a parcel, it appears live on Deliveries, and she marks it collected.
import {clickOn, navTo, onPage, textIn, typeInto, waitFor} from '../lib/portal.mjs';
import {DELIVERIES, SPACE, VISITORS} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** The space's side: a dev route of the mock server `npm start` serves. */
async function frontDeskDoes(origin, path, body) {
  const response = await fetch(`${origin}/v1/spaces/${SPACE}/__dev/${path}`, {
    method: 'POST',
    headers: body ? {'content-type': 'application/json'} : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`POST __dev/${path} answered ${response.status}`);
  return response.json();
}

/** Ada registers Grace for this afternoon; the front desk greets her; Ada hears it live. */
export async function visitorArrives(demo) {
  const {page, origin} = demo;
  await navTo(page, 'Visitors');
  await onPage(page, 'visitors', /^Visitors$/);
  await waitFor(page, VISITORS, '[part~="register-button"]');
  await clickOn(page, VISITORS, '[part~="register-button"]');
  await typeInto(page, VISITORS, '[part~="name-input"]', 'Grace Hopper');
  await typeInto(page, VISITORS, '[part~="company-input"]', 'US Navy');
  // A time field takes its value as HH:MM whatever the page's language shows.
  const time = await waitFor(page, VISITORS, '[part~="time-input"]');
  await time.evaluate((input) => {
    input.value = '16:00';
  });
  await time.dispose();
  await clickOn(page, VISITORS, '[part~="save-button"]');
  const registered = await until('the visitor registered', async () =>
    /Grace Hopper is registered for .+ at 4:00 PM\./.test(await textIn(page, VISITORS)),
  );
  await demo.check('a member registers a visitor on the Visitors page', registered);
  // The list refetches after the registration: wait for her card, not just any.
  const grace = await waitFor(page, VISITORS, '[part~="visitor"][data-visitor]', {
    text: 'Grace Hopper',
  });
  const id = await grace.getAttribute('data-visitor');
  await grace.dispose();
  const markedAt = Date.now();
  await frontDeskDoes(origin, `visitors/${id}/arrive`);
  const live = await until(
    'the arrival shown',
    async () => (await textIn(page, VISITORS)).includes('Your visitor Grace Hopper has arrived.'),
    5_000,
  )
    .then(() => true)
    .catch(() => false);
  await demo.check(
    'the front desk marks the visitor arrived and the host sees it live',
    live,
    `${Date.now() - markedAt} ms after the dev route`,
  );
  await demo.screenshot(page, 'desktop-light-visitors');
}

/** The front desk posts a parcel for Ada: it appears live; she marks it collected. */
export async function parcelCollected(demo) {
  const {page, origin} = demo;
  await navTo(page, 'Deliveries');
  await onPage(page, 'deliveries', /^Deliveries$/);
  await until('the parcels', async () => /parcels? waiting/.test(await textIn(page, DELIVERIES)));
  const postedAt = Date.now();
  await frontDeskDoes(origin, 'deliveries', {
    member: 'ada@example.com',
    carrier: 'FedEx',
    sender: 'Babbage & Co',
    size: 'medium',
    location: 'Front desk, shelf A',
  });
  const shown = await until(
    'the new parcel shown',
    async () =>
      (await textIn(page, DELIVERIES)).includes(
        'A parcel from FedEx is waiting for you at Front desk, shelf A.',
      ),
    5_000,
  )
    .then(() => true)
    .catch(() => false);
  await demo.check(
    'a parcel the front desk posts shows live on Deliveries',
    shown,
    `${Date.now() - postedAt} ms after the dev route`,
  );
  await demo.screenshot(page, 'desktop-light-deliveries');
  await clickOn(page, DELIVERIES, '[part~="collect-button"]');
  const collected = await until('the parcel collected', async () =>
    /^(?!.*3 parcels waiting).*2 parcels waiting/.test(await textIn(page, DELIVERIES)),
  );
  await demo.check('the member marks a parcel collected', collected);
}
