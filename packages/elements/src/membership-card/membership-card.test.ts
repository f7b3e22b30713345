/// <reference types="mocha" />
// What the card shows each seeded member: signed out, plans only, active, entries, pending,
// expired, and the history. Plan changes and the card's states have their own files.
import {expect} from '@open-wc/testing';
import {failUntilRecovered} from '../../test/helpers/data-states.js';
import {sendKeys} from '@web/test-runner-commands';
import {createHandlers} from '@portico/mock-server/msw';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {createTestClient, logIn, SPACE, worker} from '../../test/helpers/mock-api.js';
import {nextInParis} from '../../test/helpers/space-clock.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './membership-card.js';
import {problem} from '../../test/helpers/problem.js';
import {
  current,
  describeMembershipCard,
  HISTORY,
  ready,
  setupLoaded,
  setupTest,
  shown,
} from '../../test/helpers/membership-card.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeMembershipCard(() => {
  describe('when signed out', () => {
    it('should ask to sign in, and say so with portico-needs-sign-in', async () => {
      const {el, harness} = await setupTest({member: null});
      expect(harness.text).to.equal('Sign in to see your membership. Sign in');
      const spy = spyOnEvent(el, 'portico-needs-sign-in');
      harness.signInButton!.click();
      expect(spy).to.have.been.calledOnce;
    });

    it('should show the membership once the member signs in', async () => {
      const {harness, client} = await setupTest({member: null});
      await logIn(client, 'ada@example.com');
      await harness.until((h) => h.planName === 'Flex monthly');
    });

    itIsAccessibleInEveryTheme(() => setupTest({member: null}));
  });

  describe('with plans-only', () => {
    it('should show the plans to a visitor, with Choose', async () => {
      const {el, harness, wrapper} = await setupTest({member: null, plansOnly: true});
      await harness.until((h) => h.plans.length > 0);
      expect(harness.text).to.contain('Choose a plan');
      expect(harness.text).not.to.contain('Sign in');
      const spy = spyOnEvent(el, 'portico-plan-selected');
      const first = harness.chooseButtons[0]!;
      first.click();
      expect(spy).to.have.been.calledOnce;
      expect(first.textContent).to.contain(spy.firstCall.args[0].detail.plan.name);
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should report a failure to load the plans once, with Retry', async () => {
      const recover = failUntilRecovered('get', `*/v1/spaces/${SPACE}/plans`);
      const errors = sinon.spy();
      // From before the element exists: its first failure may come before setupTest returns.
      document.addEventListener('portico-error', errors);
      const {harness} = await setupTest({member: null, plansOnly: true});
      await harness.until((h) => h.retryButton !== null);
      expect(harness.text).to.contain('could not be loaded');
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.removeEventListener('portico-error', errors);
      // One DataStates for the membership and one for the plans read the same queries: only
      // the one shown reports.
      expect(errors).to.have.been.calledOnce;
      recover();
      harness.retryButton!.click();
      await harness.until((h) => h.plans.length > 0);
    });

    it('should show only the plans to a member, not their membership', async () => {
      const {harness} = await setupTest({plansOnly: true});
      await harness.until((h) => h.plans.length > 0);
      expect(harness.planName).to.equal('');
      expect(harness.text).to.contain('Choose a plan');
    });
  });

  describe('for an active time-based membership (ada)', () => {
    it('should show the plan, status, validity, next billing and days elapsed', async () => {
      const {harness, client} = await setupTest();
      const membership = await current(client);
      await harness.until(ready);
      expect(harness.planName).to.equal('Flex monthly');
      expect(harness.status).to.equal('Status: Active');
      expect(harness.statusBadge!.classList.contains('badge--success')).to.be.true;
      expect(harness.validity).to.equal(
        `${shown(membership.validFrom)} to ${shown(membership.validUntil!)}`,
      );
      expect(harness.nextBilling).to.equal(`€250.00 on ${shown(membership.nextBilling!.on)}`);
      if (membership.usage.kind !== 'time') throw new Error('Ada has a time-based plan');
      const {daysElapsed, daysTotal} = membership.usage;
      const bar = harness.progressBar!;
      expect(bar.getAttribute('aria-valuenow')).to.equal(String(daysElapsed));
      expect(bar.getAttribute('aria-valuemax')).to.equal(String(daysTotal));
      expect(bar.getAttribute('aria-valuetext')).to.equal(`Day ${daysElapsed} of ${daysTotal}`);
      expect(harness.usage).to.equal(`Usage Day ${daysElapsed} of ${daysTotal}`);
      const fill = bar.querySelector<HTMLElement>('.progress__bar')!;
      expect(parseFloat(fill.style.width)).to.be.closeTo((daysElapsed / daysTotal) * 100, 0.01);
    });

    it('should name the progress bar', async () => {
      const {el, harness} = await setupLoaded();
      const label = el.shadowRoot!.getElementById(
        harness.progressBar!.getAttribute('aria-labelledby')!,
      );
      expect(label!.textContent).to.equal('Usage');
    });

    it("should list the plan's benefits with product names", async () => {
      const {harness} = await setupLoaded();
      expect(harness.benefits).to.deep.equal([
        '20 credits',
        '2 × Coffee card',
        '1 × Printing, 50 pages',
      ]);
    });

    it('should announce the plan and status', async () => {
      const {harness} = await setupLoaded();
      expect(harness.announcement).to.equal('Flex monthly: Active');
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
  });

  describe('for an entries-based membership (ben)', () => {
    it('should show entries used of total as a progress bar', async () => {
      const {harness} = await setupLoaded({member: 'ben'});
      expect(harness.planName).to.equal('10 days a month');
      const bar = harness.progressBar!;
      expect(bar.getAttribute('aria-valuenow')).to.equal('4');
      expect(bar.getAttribute('aria-valuemax')).to.equal('10');
      expect(bar.getAttribute('aria-valuetext')).to.equal('4 of 10 entries used');
      expect(harness.benefits).to.deep.equal(['10 entries', '10 credits']);
    });

    it('should count a check-in made through the same client at once', async () => {
      // Check-in follows the space's hours: run the server on a weekday morning.
      worker.resetHandlers(...createHandlers({scenario: 'demo', now: nextInParis('wed', '09:10')}));
      const {harness, client} = await setupLoaded({member: 'ben'});
      await client.entries.checkIn();
      await harness.until((h) => h.progressBar?.getAttribute('aria-valuenow') === '5');
      expect(harness.progressBar!.getAttribute('aria-valuetext')).to.equal('5 of 10 entries used');
    });

    it('should speak French, with French dates and money', async () => {
      const {harness, client} = await setupTest({member: 'ben', lang: 'fr'});
      const membership = await current(client);
      await harness.until(ready);
      expect(harness.status).to.equal('Statut : Actif');
      expect(harness.progressBar!.getAttribute('aria-valuetext')).to.equal(
        '4 entrées utilisées sur 10',
      );
      expect(harness.validity).to.equal(
        `du ${shown(membership.validFrom, 'fr')} au ${shown(membership.validUntil!, 'fr')}`,
      );
      const amount = new Intl.NumberFormat('fr', {style: 'currency', currency: 'EUR'}).format(190);
      expect(harness.nextBilling).to.equal(
        `${amount} le ${shown(membership.nextBilling!.on, 'fr')}`,
      );
      expect(harness.benefits).to.deep.equal(['10 entrées', '10 crédits']);
    });

    it('should be accessible in French in every theme', async () => {
      const {el, wrapper} = await setupLoaded({member: 'ben', lang: 'fr'});
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('for a pending membership (eve)', () => {
    it('should show Pending, the start, the first billing and no usage bar', async () => {
      const {harness, client} = await setupTest({member: 'eve'});
      const membership = await current(client);
      await harness.until(ready);
      expect(harness.planName).to.equal('Resident');
      expect(harness.status).to.equal('Status: Pending');
      expect(harness.statusBadge!.classList.contains('badge--info')).to.be.true;
      expect(harness.nextBilling).to.equal(`€390.00 on ${shown(membership.validFrom)}`);
      expect(harness.progressBar).to.be.null;
      expect(harness.usage).to.equal('');
      expect(harness.benefits).to.deep.equal(['40 credits', '2 × Coffee card']);
    });

    itIsAccessibleInEveryTheme(() => setupTest({member: 'eve'}), ready);
  });

  describe('for an expired membership (dan)', () => {
    it('should show Expired, no next billing, and the plans to renew', async () => {
      const {harness} = await setupLoaded({member: 'dan'});
      expect(harness.planName).to.equal('Resident');
      expect(harness.status).to.equal('Status: Expired');
      expect(harness.statusBadge!.classList.contains('badge--warning')).to.be.true;
      expect(harness.nextBilling).to.equal('');
      expect(harness.progressBar).to.be.null;
      expect(harness.text).to.contain('Renew or choose another plan');
      expect(harness.chooseButtons).to.have.length(4);
    });

    it('should show the history with payments when the toggle is pressed', async () => {
      const {harness, client} = await setupLoaded({member: 'dan'});
      expect(harness.historyButton!.getAttribute('aria-expanded')).to.equal('false');
      expect(harness.historyPanel!.hidden).to.be.true;
      await harness.toggleHistory();
      expect(harness.historyButton!.getAttribute('aria-expanded')).to.equal('true');
      expect(harness.historyPanel!.hidden).to.be.false;
      await harness.until((h) => h.historyItems.length > 0);
      const {items} = await client.membership.list();
      expect(harness.historyItems).to.have.length(items.length);
      expect(items).to.have.length(3);
      for (const [index, item] of harness.historyItems.entries()) {
        const membership = items[index]!;
        expect(item).to.contain('Resident');
        expect(item).to.contain(
          `${shown(membership.validFrom)} to ${shown(membership.validUntil!)}`,
        );
        expect(item).to.contain('Expired');
      }
      // The failed card payment of the second month, and its retry.
      expect(harness.historyItems[1]).to.match(/Resident \(card expired\).*€390\.00 Failed/);
      expect(harness.historyItems[1]).to.match(/Resident .*€390\.00 Paid/);
      await harness.toggleHistory();
      expect(harness.historyPanel!.hidden).to.be.true;
    });

    it('should open the history with the keyboard', async () => {
      const {el, harness} = await setupLoaded({member: 'dan'});
      harness.historyButton!.focus();
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.historyItems.length === 3);
      expect(el.shadowRoot!.activeElement).to.equal(harness.historyButton);
      await sendKeys({press: 'Space'});
      await harness.until((h) => h.historyPanel!.hidden);
    });

    it('should be accessible in every theme with the history open', async () => {
      const {el, harness, wrapper} = await setupTest({member: 'dan', historyOpen: true});
      await harness.until((h) => h.historyItems.length === 3);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('history', () => {
    it("should give payment dates in the space's time zone", async () => {
      const client = createTestClient();
      await logIn(client, 'ada@example.com');
      const membership = await current(client);
      // 23:30 UTC on 1 March is already 2 March in Paris (the space), whatever the browser's zone.
      const payment = {
        id: 'pay_tz',
        amount: {amount: 25000, currency: 'EUR'},
        status: 'paid' as const,
        description: 'Flex monthly',
        createdAt: '2031-03-01T23:30:00+00:00',
        paidAt: '2031-03-01T23:30:00+00:00',
      };
      worker.use(
        http.get(HISTORY, () =>
          HttpResponse.json({items: [{...membership, payments: [payment]}], nextCursor: null}),
        ),
      );
      const {harness} = await setupTest({historyOpen: true});
      await harness.until((h) => h.historyItems.length === 1);
      expect(harness.historyItems[0]).to.contain('Flex monthly Mar 2, 2031 €250.00 Paid');
    });

    it('should show a failure in the panel and recover with Retry', async () => {
      worker.use(
        http.get(HISTORY, () => problem(503, 'service_unavailable', 'Unavailable'), {once: true}),
      );
      const {el, harness} = await setupLoaded({member: 'dan'});
      const errors = spyOnEvent(el, 'portico-error');
      await harness.toggleHistory();
      await harness.until((h) => h.retryButton !== null);
      expect(harness.historyPanel!.textContent).to.contain(
        'Your membership history could not be loaded. The service is unavailable',
      );
      expect(errors).to.have.been.calledOnce;
      harness.retryButton!.click();
      await harness.until((h) => h.historyItems.length === 3);
    });
  });
});
