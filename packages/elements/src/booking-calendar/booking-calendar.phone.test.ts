/// <reference types="mocha" />
// The calendar on a phone (a 390 px container in a 390 × 844 window): the list view's chosen
// slot reads as chosen, and the summary bar keeps the selection, its price and Confirm (or the
// way out when credits fall short) on screen without scrolling.
import {expect, html} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {sendMouse, setViewport} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {createTestClient, logIn, resetMockApi, SPACE, worker} from '../../test/helpers/mock-api.js';
import {mount} from '../../test/helpers/mount.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {cssomStyle} from '../internal/cssom-style.js';
import '../shop/shop.js';
import type {PorticoShop} from '../shop/shop.component.js';
import {PorticoShopHarness} from '../shop/shop.harness.js';
import './booking-calendar.js';
import type {PorticoBookingCalendar} from './booking-calendar.component.js';
import {PorticoBookingCalendarHarness} from './booking-calendar.harness.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

// Its own API host: the shop's cart (kept per host and member) is not shared with the shop's
// tests running at the same time.
const API_URL = 'https://phone.portico.test/v1';
const BOOKINGS = `*/v1/spaces/${SPACE}/bookings`;

async function setupTest({member = 'ada@example.com', withShop = false} = {}) {
  const client: PorticoClient = createTestClient({baseUrl: API_URL});
  await logIn(client, member);
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang="en" ${cssomStyle({width: '390px'})}>
      <portico-booking-calendar .client=${client}></portico-booking-calendar>
      ${withShop ? html`<portico-shop .client=${client}></portico-shop>` : ''}
    </div>`,
  );
  const el = wrapper.querySelector('portico-booking-calendar') as PorticoBookingCalendar;
  const harness = new PorticoBookingCalendarHarness(el);
  await harness.until((h) => (h.part('list')?.querySelectorAll('.list__slot').length ?? 0) > 0);
  const shop = wrapper.querySelector('portico-shop') as PorticoShop | null;
  return {el, harness, client, wrapper, shop: shop && new PorticoShopHarness(shop)};
}

const chips = (h: PorticoBookingCalendarHarness) => [
  ...h.part('list')!.querySelectorAll<HTMLButtonElement>('.list__slot'),
];

/** Scrolls a chip into view, as a thumb would, and taps it with the page's real mouse input. */
async function tap(chip: HTMLElement): Promise<void> {
  chip.scrollIntoView({block: 'center'});
  const box = chip.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/** Whether `element` is wholly inside the window (seen without scrolling). */
function onScreen(element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}

const bar = (h: PorticoBookingCalendarHarness) => h.part('summary-bar');
const barButton = (h: PorticoBookingCalendarHarness, part: string) =>
  bar(h)?.querySelector<HTMLButtonElement>(`[part~="${part}"]`) ?? null;
const activePart = (el: PorticoBookingCalendar) =>
  el.shadowRoot!.activeElement?.getAttribute('part') ?? '';

describe('<portico-booking-calendar> on a phone', () => {
  before(async () => {
    await setViewport({width: 390, height: 844});
  });

  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('portico:cart:')) localStorage.removeItem(key);
    }
    sinon.restore();
  });

  it('should mark and announce the tapped slot, accessibly', async function () {
    this.timeout(30_000);
    const {el, harness, wrapper} = await setupTest();
    expect(el.effectiveView).to.equal('list');
    const chip = chips(harness)[2]!;
    await tap(chip);
    await harness.until((h) => h.announcement.startsWith('Selected: '));
    const label = chip.getAttribute('aria-label')!;
    const pressed = chips(harness).filter((c) => c.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((c) => c.getAttribute('aria-label'))).to.deep.equal([label]);
    expect(chips(harness).every((c) => c.hasAttribute('aria-pressed'))).to.be.true;
    // Seen, not only announced: the chosen chip is filled.
    const [chosen, other] = [pressed[0]!, chips(harness).find((c) => c !== pressed[0])!];
    expect(getComputedStyle(chosen).backgroundColor).not.to.equal(
      getComputedStyle(other).backgroundColor,
    );
    expect(harness.announcement).to.contain(label.split(', ')[1]!);
    await harness.until((h) => !!barButton(h, 'confirm-button'));
    await expectAccessibleInEveryTheme(el, wrapper);
  });

  it('should keep the selection, its price and Confirm on screen, then focus the outcome', async () => {
    const {el, harness} = await setupTest();
    // The last slot of the phone booth, the last room paid in credits that Ada's plan includes
    // and that needs no approval (the event space, the studio and the parking space follow):
    // the panel is far below, Confirm is not.
    const chip = chips(harness)
      .filter((c) => c.getAttribute('aria-label')!.includes(', Phone booth "La Cabine", '))
      .at(-1)!;
    await tap(chip);
    await harness.until((h) => /credit/.test(h.part('bar-price')?.textContent ?? ''));
    const confirm = barButton(harness, 'confirm-button');
    expect(onScreen(bar(harness)), 'the summary bar is on screen').to.be.true;
    expect(onScreen(confirm), 'Confirm is on screen').to.be.true;
    expect(bar(harness)!.textContent).to.contain(chip.getAttribute('aria-label')!.split(', ')[1]!);
    expect(onScreen(harness.part('panel')), 'the panel itself is further down').to.be.false;
    // One Confirm only: the panel's own is in the bar.
    expect(harness.part('panel')!.querySelector('[part~="confirm-button"]')).to.equal(null);
    confirm!.click();
    await harness.until((h) => h.partText('outcome').startsWith('Booked: '));
    expect(activePart(el)).to.contain('outcome');
    expect(bar(harness)).to.equal(null);
  });

  it('should offer "Buy credits" after a 402, moving nowhere until it is pressed', async () => {
    const {el, harness} = await setupTest();
    const needs = spyOnEvent(el, 'portico-needs-credits');
    await tap(chips(harness)[0]!);
    await harness.until(
      (h) => barButton(h, 'confirm-button')?.getAttribute('aria-disabled') === 'false',
    );
    worker.use(
      http.post(
        BOOKINGS,
        () =>
          HttpResponse.json(
            {type: 'about:blank', title: 'No credits', status: 402, code: 'insufficient_credits'},
            {status: 402, headers: {'content-type': 'application/problem+json'}},
          ),
        {once: true},
      ),
    );
    barButton(harness, 'confirm-button')!.click();
    await harness.until((h) => h.partText('outcome').startsWith('Not enough credits'));
    expect(activePart(el)).to.contain('outcome');
    expect(needs.callCount).to.equal(0);
    harness
      .part('outcome')!
      .querySelector<HTMLButtonElement>('[part~="buy-credits-button"]')!
      .click();
    expect(needs).to.have.been.calledOnce;
    const {selection} = needs.firstCall.args[0].detail;
    expect(selection.resourceId).to.be.a('string');
    expect(Date.parse(selection.end)).to.be.greaterThan(Date.parse(selection.start));
  });

  it('should replace Confirm with "Buy credits" when short, then come back to the same slot once bought', async function () {
    this.timeout(30_000);
    // Eve has no credits left.
    const {el, harness, shop} = await setupTest({member: 'eve@example.com', withShop: true});
    const chip = chips(harness)[0]!;
    const label = chip.getAttribute('aria-label')!;
    await tap(chip);
    await harness.until((h) => !!barButton(h, 'buy-credits-button'));
    expect(harness.part('base')!.querySelector('[part~="confirm-button"]')).to.equal(null);
    expect(onScreen(barButton(harness, 'buy-credits-button'))).to.be.true;
    const needs = spyOnEvent(el, 'portico-needs-credits');
    barButton(harness, 'buy-credits-button')!.click();
    expect(needs).to.have.been.calledOnce;
    // The shop on the page opens on its credit packs.
    await shop!.until((h) => h.categories.some((c) => c.pressed && /credit/i.test(c.label)));
    await shop!.until((h) => h.productIds.includes('pack-10'));
    await shop!.add('pack-10');
    await shop!.until((h) => h.canCheckout && !h.isQuoting);
    await shop!.checkout();
    await shop!.until((h) => h.checkoutNotice.includes('Order paid'));
    // Back on the calendar, the same slot chosen, quoted again: now it can be booked.
    await harness.until(
      (h) => barButton(h, 'confirm-button')?.getAttribute('aria-disabled') === 'false',
      8_000,
    );
    const pressed = chips(harness).filter((c) => c.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((c) => c.getAttribute('aria-label'))).to.deep.equal([label]);
    barButton(harness, 'confirm-button')!.click();
    await harness.until((h) => h.partText('outcome').startsWith('Booked: '));
  });
});
