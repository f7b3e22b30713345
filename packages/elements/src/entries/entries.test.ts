/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {checkIn} from '@portico/sdk/entries';
import {getMembership} from '@portico/sdk/membership';
import {sendKeys} from '@web/test-runner-commands';
import {createHandlers} from '@portico/mock-server/msw';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {createTestClient, logIn, SPACE, worker} from '../../test/helpers/mock-api.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {ENTRIES, noEntriesLeft} from '../../test/helpers/entries.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {nextInParis} from '../../test/helpers/space-clock.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './entries.js';
import {PorticoEntriesHarness} from './entries.harness.js';
import {problem} from '../../test/helpers/problem.js';
import {expectTabToLandOn} from '../../test/helpers/keyboard.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const BEN = 'ben@example.com';
const MEMBERSHIP = `*/v1/spaces/${SPACE}/me/membership`;
const CHECK_IN = `*/v1/spaces/${SPACE}/me/entries/check-in`;

/** A Wednesday morning, while the demo space is open. */
const OPEN = nextInParis('wed', '09:10');
/** Sunday just after midnight: the demo space has no hours on Sundays. */
const SUNDAY_NIGHT = nextInParis('sun', '00:21');

const setupTest = elementSetup('portico-entries', PorticoEntriesHarness, BEN);

const ready = (h: PorticoEntriesHarness) => h.remaining !== '' || h.plan !== '';
const setupLoaded = untilReady(setupTest, ready);

describeElement('portico-entries', () => {
  beforeEach(() => {
    // The space is open: checking in is possible.
    worker.resetHandlers(...createHandlers({scenario: 'demo', now: OPEN}));
  });

  describe('for an entries-based member', () => {
    it('should show entries left, a progress bar, validity and the history', async () => {
      const {harness} = await setupLoaded();
      expect(harness.remaining).to.equal('6 of 10 entries left');
      expect(harness.progress).to.deep.equal({used: 4, total: 10});
      // Set through the CSSOM on the first render (a strict CSP blocks a style attribute).
      expect(
        harness.part('progress')!.querySelector<HTMLElement>('.progress__bar')!.style.width,
      ).to.equal('40%');
      expect(harness.text).to.contain('4 used this period');
      expect(harness.part('validity')!.textContent!.trim()).to.match(/^Valid from .+ to .+$/);
      expect(harness.history).to.have.length(4);
      expect(harness.history[0]).to.match(/^\w+day, \w+ \d+ · \d+:\d{2} [AP]M$/);
      expect(harness.checkInButton!.disabled).to.be.false;
      expect(harness.reason).to.equal('');
    });

    it('should check in for today once, announce it and emit portico-checked-in', async () => {
      const {el, harness, client} = await setupLoaded();
      const checkedIn = spyOnEvent(el, 'portico-checked-in');
      await harness.checkIn();
      await harness.until((h) => h.remaining === '5 of 10 entries left');
      expect(checkedIn).to.have.been.calledOnce;
      const {detail} = checkedIn.firstCall.args[0];
      expect(detail.alreadyCheckedIn).to.be.false;
      expect(detail.remaining).to.equal(5);
      expect(harness.announcement).to.equal('Checked in for today. 5 entries left.');
      expect(harness.checkInButton!.disabled).to.be.true;
      expect(harness.reason).to.match(/^You are checked in for today \(\d+:\d{2} [AP]M\)\.$/);
      expect(harness.checkInButton!.getAttribute('aria-describedby')).to.equal('check-in-reason');
      expect(harness.history).to.have.length(5);
      // Idempotent: checking in again changes nothing.
      const again = await checkIn(client);
      expect(again.alreadyCheckedIn).to.be.true;
      expect(again.remaining).to.equal(5);
    });

    it('should show that the member already checked in today', async () => {
      const client = createTestClient();
      await logIn(client, BEN);
      await checkIn(client);
      const {harness} = await setupLoaded({client});
      expect(harness.checkInButton!.disabled).to.be.true;
      expect(harness.reason).to.match(/^You are checked in for today/);
    });

    it('should be reachable with Tab and work with Enter', async () => {
      const {harness} = await setupLoaded();
      await expectTabToLandOn(harness, harness.checkInButton);
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.remaining === '5 of 10 entries left');
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
  });

  describe('when no entries are left', () => {
    beforeEach(() => {
      worker.use(noEntriesLeft());
    });

    it('should disable check-in and say why', async () => {
      const {harness} = await setupLoaded();
      expect(harness.remaining).to.equal('0 of 10 entries left');
      expect(harness.checkInButton!.disabled).to.be.true;
      expect(harness.reason).to.equal('No entries left this period.');
      expect(harness.text).to.contain('No check-ins yet.');
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
  });

  describe('when the membership is not active', () => {
    it('should disable check-in and say why', async () => {
      const client = createTestClient();
      await logIn(client, BEN);
      const {membership} = await getMembership(client);
      worker.use(
        http.get(MEMBERSHIP, () =>
          HttpResponse.json({membership: {...membership!, status: 'inactive'}}),
        ),
      );
      const {harness} = await setupLoaded({client});
      expect(harness.checkInButton!.disabled).to.be.true;
      expect(harness.reason).to.equal('Your membership is not active, so you cannot check in.');
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });
  });

  describe('when the server refuses the check-in', () => {
    const refusals = {
      no_entries_left: 'No entries left this period.',
      no_active_membership: 'Your membership is not active, so you cannot check in.',
      terms_not_accepted: 'Accept the space’s terms before checking in.',
      outside_opening_hours: 'The space is closed now: check in during its opening hours.',
      service_unavailable:
        'Checking in failed. The service is unavailable, please try again shortly.',
    };
    for (const [code, message] of Object.entries(refusals)) {
      it(`should say ${code} in words and keep the count`, async () => {
        worker.use(
          http.post(CHECK_IN, () =>
            problem(
              code === 'service_unavailable' ? 503 : code === 'terms_not_accepted' ? 403 : 422,
              code,
            ),
          ),
        );
        const {harness} = await setupLoaded();
        await harness.checkIn();
        await harness.until((h) => h.error !== '');
        expect(harness.error).to.equal(message);
        expect(harness.announcement).to.equal(message);
        expect(harness.remaining).to.equal('6 of 10 entries left');
      });
    }
  });

  describe('while the space is closed', () => {
    const texts = {
      en: 'The space is closed now: check in during its opening hours.',
      fr: "L'espace est fermé en ce moment : pointez pendant ses heures d'ouverture.",
    };
    for (const [lang, text] of Object.entries(texts)) {
      it(`should say so (${lang}) when the real server refuses, and use no entry`, async () => {
        worker.resetHandlers(...createHandlers({scenario: 'demo', now: SUNDAY_NIGHT}));
        const {el, harness} = await setupLoaded({lang});
        const before = harness.remaining;
        await harness.checkIn();
        await harness.until((h) => h.error !== '');
        expect(harness.error).to.equal(text);
        expect(harness.announcement).to.equal(text);
        expect(harness.remaining).to.equal(before);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('for a member on another plan', () => {
    it('should say what the plan gives instead of entries', async () => {
      const {harness} = await setupTest({member: 'ada@example.com'});
      await harness.until((h) => h.plan.includes('Coffee card'));
      expect(harness.plan).to.match(/^Your plan, Flex monthly, does not count entries\./);
      const benefits = [...harness.part('plan')!.querySelectorAll('li')].map((li) =>
        li.textContent!.trim(),
      );
      expect(benefits).to.deep.equal(['20 credits', '2 × Coffee card', '1 × Printing, 50 pages']);
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
      expect(harness.checkInButton).to.be.null;
    });

    it('should say when there is no membership', async () => {
      const {harness} = await setupTest({member: 'chloe@example.com'});
      await harness.until((h) => h.text.includes('no membership'));
      expect(harness.text).to.contain('You have no membership yet.');
    });
  });

  describeDataStates({
    url: ENTRIES,
    setup: setupTest,
    loading: 'Loading your entries…',
    failed: 'Your entries could not be loaded.',
    ready,
    checkRecovered: (h) => expect(h.remaining).to.equal('6 of 10 entries left'),
  });

  describe('with lang="fr"', () => {
    itSpeaksFrench(setupTest, ready, ({harness}) => {
      expect(harness.remaining).to.equal('6 entrées restantes sur 10');
      expect(harness.checkInButton!.textContent!.trim()).to.equal("Pointer pour aujourd'hui");
    });

    it('should be accessible in every theme after checking in', async () => {
      const {el, harness, wrapper} = await setupLoaded({lang: 'fr'});
      await harness.checkIn();
      await harness.until((h) => h.reason !== '');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });
});
