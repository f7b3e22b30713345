/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {getEvent, register} from '@portico/sdk/events';
import {sendKeys} from '@web/test-runner-commands';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {createTestClient, logIn, worker} from '../../test/helpers/mock-api.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {EVENTS, HOSTILE_DESCRIPTION, answerEvent} from '../../test/helpers/events.js';
import {tabFromThePage} from '../../test/helpers/keyboard.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './events.js';
import {PorticoEventsHarness} from './events.harness.js';

const ADA = 'ada@example.com';
const BEN = 'ben@example.com';

const setupTest = elementSetup('portico-events', PorticoEventsHarness, ADA);

const ready = (h: PorticoEventsHarness) => h.titles.length > 0;
const setupLoaded = untilReady(setupTest, ready);

/** The list shows `titles`, in order, once it shows that many. */
async function expectTitles(harness: PorticoEventsHarness, titles: string[]): Promise<void> {
  await harness.until((h) => h.titles.length === titles.length);
  expect(harness.titles).to.deep.equal(titles);
}

describeElement('portico-events', () => {
  describe('the programme', () => {
    it('should list upcoming events soonest first with price, seats and my registration', async () => {
      const {harness, el, wrapper} = await setupLoaded();
      expect(harness.titles[0]).to.equal('Friday drinks on the terrace');
      expect(harness.card('Friday drinks')).to.contain('Free').and.contain('Registered');
      expect(harness.card('pitch practice')).to.contain('1 seat left');
      expect(harness.card('Founders’ lunch'))
        .to.contain('Full: waitlist open')
        .and.contain('€15.00');
      expect(harness.card('Portfolio review')).to.contain('3 credits');
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should filter by category, show past events, and narrow to a day picked in the calendar', async () => {
      const {harness} = await setupLoaded();
      await harness.pickCategory('Workshop');
      await expectTitles(harness, [
        'Lunch & learn: pitch practice',
        'Accessibility testing, hands on',
        'Portfolio review',
      ]);
      const days = harness.calendarDays.length;
      if (days > 0) {
        harness.calendarDays[0]!.click();
        await harness.until((h) => h.titles.length < 3);
        expect(harness.calendarDays[0]!.getAttribute('aria-pressed')).to.equal('true');
      }
      await harness.pickCategory('');
      await harness.showView('Past');
      await harness.until((h) => h.titles[0] === 'Design critique night');
      expect(harness.titles).to.deep.equal(['Design critique night', 'Breakfast & introductions']);
    });

    it('should show my events: upcoming, then the past ones I went to', async () => {
      const {harness} = await setupLoaded();
      await harness.showView('My events');
      await expectTitles(harness, [
        'Friday drinks on the terrace',
        'Winter party',
        'Design critique night',
        'Breakfast & introductions',
      ]);
    });
  });

  describe('an event', () => {
    it('should render the description as formatted text and never as HTML', async () => {
      const client = createTestClient();
      await logIn(client, ADA);
      const real = await getEvent(client, 'evt_pitch_practice');
      worker.use(answerEvent({...real, description: HOSTILE_DESCRIPTION}));
      const {harness, el, wrapper} = await setupLoaded({client});
      await harness.open('Lunch & learn: pitch practice');
      await harness.until(
        (h) => h.description?.querySelector('.markdown:not(.markdown-plain)') != null,
      );
      const description = harness.description!;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
      expect(description.querySelector('h4')!.textContent).to.equal('Agenda');
      expect(description.querySelector('strong')!.textContent).to.equal('bold');
      expect(
        description.querySelectorAll('img, script, div[onmouseover], [onerror]'),
      ).to.have.length(0);
      const links = [...description.querySelectorAll('a')];
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.com/agenda']);
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      expect(description.textContent).to.contain('<img src=x onerror=');
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should register for the last seat after a quote, say so, and emit portico-event-registered', async () => {
      const {harness, el} = await setupTest();
      const registered = spyOnEvent(el, 'portico-event-registered');
      await harness.until(ready);
      await harness.open('Lunch & learn: pitch practice');
      await harness.press('register-button');
      await harness.until((h) => h.total !== '');
      expect(harness.total).to.equal('Total Free');
      expect(await harness.pressForNotice('confirm-button')).to.equal(
        'You are registered for Lunch & learn: pitch practice.',
      );
      expect(registered).to.have.been.calledOnce;
      expect(registered.firstCall.args[0].detail.registration.status).to.equal('registered');
      await harness.until((h) => h.myStatus.startsWith('Registered'));
    });

    it('should put me on the waitlist of a full event and emit portico-event-waitlisted', async () => {
      const {harness, el} = await setupTest();
      const waitlisted = spyOnEvent(el, 'portico-event-waitlisted');
      await harness.until(ready);
      await harness.open('Founders’ lunch: raising a seed round in 2027');
      expect(harness.button('register-button')!.textContent!.trim()).to.equal('Join the waitlist');
      await harness.press('register-button');
      await harness.until((h) => h.part('will-wait') !== null);
      expect(harness.partText('will-wait')).to.contain('number 3');
      expect(await harness.pressForNotice('confirm-button')).to.equal(
        'You are on the waitlist for Founders’ lunch: raising a seed round in 2027, number 3.',
      );
      expect(waitlisted).to.have.been.calledOnce;
      await harness.until((h) => h.myStatus.startsWith('Waitlist #3'));
    });

    it('should sell a ticket on the next invoice and cancel it after asking, with the refund said', async () => {
      const {harness} = await setupLoaded();
      await harness.open('Accessibility testing, hands on');
      await harness.press('register-button');
      await harness.until((h) => h.total !== '');
      await harness.choosePayWith('invoice');
      expect(harness.total).to.equal('Total €40.00');
      await harness.press('confirm-button');
      await harness.until((h) => h.myStatus.startsWith('Registered'));
      await harness.press('cancel-button');
      expect(harness.partText('cancel-question')).to.contain('Cancel your place at Accessibility');
      await harness.press('confirm-cancel-button');
      await harness.until((h) => h.notice.startsWith('Your registration'));
      expect(harness.notice).to.equal(
        'Your registration for Accessibility testing, hands on is cancelled. 100% refunded.',
      );
      await harness.until((h) => h.button('register-button') !== null);
    });

    it('should show a seat offered from the waitlist live, and take it with Confirm my seat', async () => {
      const client = createTestClient();
      await logIn(client, BEN);
      const {harness} = await setupTest({client, member: null});
      // Ben waits for the pitch practice behind nobody once Ada has taken the last seat.
      const ada = createTestClient();
      await logIn(ada, ADA);
      const adaSeat = await register(ada, 'evt_pitch_practice', {});
      const benWait = await register(client, 'evt_pitch_practice', {});
      expect(benWait.status).to.equal('waitlisted');
      await harness.until(ready);
      await harness.open('Lunch & learn: pitch practice');
      await harness.until((h) => h.myStatus.startsWith('Waitlist #1'));
      await ada.events.cancel(adaSeat.id);
      // The store refetches on the realtime registration.changed (or the next read).
      await harness.until((h) => h.myStatus.startsWith('Seat held for you'), 8000);
      await harness.press('confirm-seat-button');
      await harness.until((h) => h.myStatus.startsWith('Registered'));
    });

    it('should open an event with the keyboard and move focus to its title, and back', async () => {
      const {harness} = await setupLoaded();
      await tabFromThePage();
      // Views first, then the filter, the calendar, then the first event.
      for (let i = 0; i < 20 && !harness.focused?.matches('[part~="open-button"]'); i++)
        await sendKeys({press: 'Tab'});
      const title = harness.focused!.textContent!.trim();
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.detailTitle === title);
      expect(harness.focused!.id).to.equal('event-title');
      await harness.press('back-button');
      await harness.until(ready);
      expect(harness.focused!.textContent!.trim()).to.equal(title);
    });
  });

  describe('in French', () => {
    it('should say everything in French with French dates and prices', async () => {
      const {harness} = await setupLoaded({lang: 'fr'});
      expect(harness.text).to.contain('Événements').and.contain('À venir');
      expect(harness.card('Founders’ lunch')).to.contain('15,00').and.contain('Complet');
      expect(harness.card('Friday drinks')).to.contain('Gratuit').and.contain('Inscrit');
    });
  });

  describeDataStates({
    url: EVENTS,
    setup: ({member}) => setupTest(member === null ? {member: null} : {}),
    // Signed out, the public events show above it (events.visitor.test.ts).
    signedOut: 'Members: sign in to see every event and your own.',
    loading: 'Loading events…',
    failed: 'The events could not be loaded.',
    ready,
  });
});
