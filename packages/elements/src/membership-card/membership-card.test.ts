/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import type {Membership, MembershipStatus, PorticoClient} from '@portico/sdk';
import {sendKeys} from '@web/test-runner-commands';
import {addDays} from '@portico/sdk/domain';
import {html} from 'lit';
import {createHandlers} from '@portico/mock-server/msw';
import {ifDefined} from 'lit/directives/if-defined.js';
import {delay, http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {createTestClient, logIn, resetMockApi, SPACE, worker} from '../../test/helpers/mock-api.js';
import {mount} from '../../test/helpers/mount.js';
import {nextInParis} from '../../test/helpers/space-clock.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './membership-card.js';
import type {PorticoMembershipCard} from './membership-card.component.js';
import {PorticoMembershipCardHarness} from './membership-card.harness.js';

const MEMBERSHIP = `*/v1/spaces/${SPACE}/me/membership`;
const HISTORY = `*/v1/spaces/${SPACE}/me/memberships`;

const problem = (status: number, code: string, title: string) =>
  HttpResponse.json(
    {type: 'about:blank', title, status, code},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

interface SetupOptions {
  /** The seeded member to sign in as; none when `null`. */
  member?: string | null;
  lang?: string;
  historyOpen?: boolean;
  plansOnly?: boolean;
  /** The `payment-method` attribute (the card's default when left out). */
  paymentMethod?: string;
  /** Accepts the space's terms before rendering (a new member after onboarding). */
  acceptTerms?: boolean;
}

async function setupTest(options: SetupOptions = {}) {
  const client = createTestClient();
  const {member = 'ada'} = options;
  if (member) await logIn(client, `${member}@example.com`);
  if (options.acceptTerms) {
    const space = await client.space.get();
    await client.profile.acceptTerms({version: space.terms.version});
  }
  const wrapper = await mount(html`
    <div lang=${options.lang ?? 'en'}>
      <portico-membership-card
        .client=${client}
        ?history-open=${options.historyOpen ?? false}
        ?plans-only=${options.plansOnly ?? false}
        payment-method=${ifDefined(options.paymentMethod)}
      ></portico-membership-card>
    </div>
  `);
  const el = wrapper.querySelector<PorticoMembershipCard>('portico-membership-card')!;
  const harness = new PorticoMembershipCardHarness(el);
  await harness.settled();
  return {el, harness, client, wrapper};
}

/** The day as the card shows it: `18 Nov`, with the year when not this year. */
function shown(day: string, locale = 'en'): string {
  const date = new Date(`${day}T12:00:00Z`);
  const sameYear = date.getUTCFullYear() === new Date().getUTCFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

async function current(client: PorticoClient): Promise<Membership> {
  const {membership} = await client.membership.get();
  if (!membership) throw new Error('The member has no membership');
  return membership;
}

const ready = (h: PorticoMembershipCardHarness) => h.planName !== '' || h.plans.length > 0;

describe('<portico-membership-card>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    sinon.restore();
  });

  describe('when signed out', () => {
    it('should ask to sign in, and say so with portico-needs-sign-in', async () => {
      const {el, harness} = await setupTest({member: null});
      expect(harness.text).to.equal('Sign in to see your membership. Sign in');
      const spy = sinon.spy();
      el.addEventListener('portico-needs-sign-in', spy);
      harness.signInButton!.click();
      expect(spy).to.have.been.calledOnce;
    });

    it('should show the membership once the member signs in', async () => {
      const {harness, client} = await setupTest({member: null});
      await logIn(client, 'ada@example.com');
      await harness.until((h) => h.planName === 'Flex monthly');
    });

    it('should be accessible in every theme', async () => {
      const {el, wrapper} = await setupTest({member: null});
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('with plans-only', () => {
    it('should show the plans to a visitor, with Choose', async () => {
      const {el, harness, wrapper} = await setupTest({member: null, plansOnly: true});
      await harness.until((h) => h.plans.length > 0);
      expect(harness.text).to.contain('Choose a plan');
      expect(harness.text).not.to.contain('Sign in');
      const spy = sinon.spy();
      el.addEventListener('portico-plan-selected', spy);
      const first = harness.chooseButtons[0]!;
      first.click();
      expect(spy).to.have.been.calledOnce;
      expect(first.textContent).to.contain(spy.firstCall.args[0].detail.plan.name);
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should report a failure to load the plans once, with Retry', async () => {
      let failing = true;
      worker.use(
        http.get(`*/v1/spaces/${SPACE}/plans`, () =>
          failing ? problem(503, 'service_unavailable', 'Service unavailable') : undefined,
        ),
      );
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
      failing = false;
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
      const {el, harness} = await setupTest();
      await harness.until(ready);
      const label = el.shadowRoot!.getElementById(
        harness.progressBar!.getAttribute('aria-labelledby')!,
      );
      expect(label!.textContent).to.equal('Usage');
    });

    it("should list the plan's benefits with product names", async () => {
      const {harness} = await setupTest();
      await harness.until(ready);
      expect(harness.benefits).to.deep.equal([
        '20 credits',
        '2 × Coffee card',
        '1 × Printing, 50 pages',
      ]);
    });

    it('should announce the plan and status', async () => {
      const {harness} = await setupTest();
      await harness.until(ready);
      expect(harness.announcement).to.equal('Flex monthly: Active');
    });

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until(ready);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('for an entries-based membership (ben)', () => {
    it('should show entries used of total as a progress bar', async () => {
      const {harness} = await setupTest({member: 'ben'});
      await harness.until(ready);
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
      const {harness, client} = await setupTest({member: 'ben'});
      await harness.until(ready);
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
      const {el, harness, wrapper} = await setupTest({member: 'ben', lang: 'fr'});
      await harness.until(ready);
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

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest({member: 'eve'});
      await harness.until(ready);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('for an expired membership (dan)', () => {
    it('should show Expired, no next billing, and the plans to renew', async () => {
      const {harness} = await setupTest({member: 'dan'});
      await harness.until(ready);
      expect(harness.planName).to.equal('Resident');
      expect(harness.status).to.equal('Status: Expired');
      expect(harness.statusBadge!.classList.contains('badge--warning')).to.be.true;
      expect(harness.nextBilling).to.equal('');
      expect(harness.progressBar).to.be.null;
      expect(harness.text).to.contain('Renew or choose another plan');
      expect(harness.chooseButtons).to.have.length(4);
    });

    it('should show the history with payments when the toggle is pressed', async () => {
      const {harness, client} = await setupTest({member: 'dan'});
      await harness.until(ready);
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
      const {el, harness} = await setupTest({member: 'dan'});
      await harness.until(ready);
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
      const {el, harness} = await setupTest({member: 'dan'});
      await harness.until(ready);
      const errors = sinon.spy();
      el.addEventListener('portico-error', errors);
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

  describe('without a membership (chloe)', () => {
    it('should offer the plans with their price and benefits', async () => {
      const {harness} = await setupTest({member: 'chloe'});
      await harness.until(ready);
      expect(harness.text).to.contain('Choose a plan');
      expect(harness.text).to.contain('You have no membership yet.');
      expect(harness.plans).to.have.length(4);
      expect(harness.plans[0]).to.match(
        /^Resident €390\.00 \/ month .*40 credits · 2 × Coffee card Choose Resident$/,
      );
      expect(
        harness.chooseButtons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal([
        'Choose Resident',
        'Choose 10 days a month',
        'Choose Flex monthly',
        'Choose Day pass',
      ]);
      expect(harness.historyButton).to.be.null;
    });

    it('should open the confirmation with Choose, not fire portico-plan-selected', async () => {
      const {el, harness} = await setupTest({member: 'chloe'});
      await harness.until(ready);
      const spy = sinon.spy();
      el.addEventListener('portico-plan-selected', spy);
      await harness.choose('Flex monthly');
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.confirmation).to.contain('Join Flex monthly');
      expect(spy.callCount).to.equal(0);
    });

    it('should reach and press Choose with the keyboard, and focus the confirmation', async () => {
      const {el, harness} = await setupTest({member: 'chloe'});
      await harness.until(ready);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(harness.chooseButtons[0]);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.focused?.id).to.equal('confirm-title');
      expect(harness.focused?.textContent).to.equal('Join 10 days a month');
    });

    it('should speak French', async () => {
      const {harness} = await setupTest({member: 'chloe', lang: 'fr'});
      await harness.until(ready);
      expect(harness.text).to.contain('Choisissez une formule');
      expect(harness.chooseButtons[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Choisir Resident',
      );
      expect(harness.plans[0]).to.contain('/ mois');
    });

    it('should be accessible in every theme and in French', async () => {
      const {el, harness, wrapper} = await setupTest({member: 'chloe'});
      await harness.until(ready);
      await expectAccessibleInEveryTheme(el, wrapper);
      wrapper.setAttribute('lang', 'fr');
      await harness.until((h) => h.text.includes('Choisissez une formule'));
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('changing plan (ada)', () => {
    it('should mark her plan "Your plan" and never offer Choose on it', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.chooseButtons.length > 0);
      expect(harness.currentPlan).to.match(/^Flex monthly .* Your plan$/);
      expect(
        harness.chooseButtons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(['Choose Resident', 'Choose 10 days a month', 'Choose Day pass']);
      expect(harness.text.match(/Choose a plan/g)).to.be.null;
    });

    it('should confirm the price, the date and what changes, then show the change until it is undone', async () => {
      const {el, harness, client, wrapper} = await setupTest();
      const membership = await current(client);
      const next = shown(addDays(membership.validUntil!, 1));
      await harness.until((h) => h.chooseButtons.length > 0);
      const changed = sinon.spy();
      el.addEventListener('portico-membership-changed', changed);
      await harness.choose('Resident');
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.focused?.id).to.equal('confirm-title');
      expect(harness.confirmation).to.equal(
        `Change to Resident Price €390.00 / month From ${next}, your next period ` +
          `Billed from ${next}; nothing is charged today. ` +
          'Included each period 40 credits 2 × Coffee card ' +
          'Instead of 20 credits 2 × Coffee card 1 × Printing, 50 pages ' +
          'Confirm the change Back',
      );
      await expectAccessibleInEveryTheme(el, wrapper);
      await harness.confirm();
      await harness.until((h) => h.scheduled !== '');
      expect(harness.scheduled).to.equal(`Changes to Resident on ${next}`);
      expect(harness.planName).to.equal('Flex monthly');
      expect(harness.nextBilling).to.equal(`€390.00 on ${next}`);
      expect(harness.notice).to.equal(`Your plan changes to Resident on ${next}.`);
      expect(harness.chooseButtons).to.have.length(0);
      expect(changed).to.have.been.calledOnce;
      expect(changed.firstCall.args[0].detail.action).to.equal('change');
      await expectAccessibleInEveryTheme(el, wrapper);

      harness.undoButton!.click();
      await harness.until((h) => h.scheduled === '' && h.chooseButtons.length === 3);
      expect(harness.notice).to.equal('You keep Flex monthly.');
      expect(harness.nextBilling).to.equal(`€250.00 on ${next}`);
      expect((await current(client)).scheduledChange).to.be.null;
    });

    it('should leave everything as it was with Back', async () => {
      const {harness, client} = await setupTest();
      await harness.until((h) => h.chooseButtons.length > 0);
      await harness.choose('10 days a month');
      await harness.until((h) => h.backButton !== null && h.confirmButton !== null);
      harness.backButton!.click();
      await harness.until((h) => h.confirmation === '' && h.chooseButtons.length === 3);
      expect(harness.focused?.getAttribute('part')).to.equal('base');
      expect((await current(client)).scheduledChange).to.be.null;
    });

    it('should speak French, with the date in French', async () => {
      const {harness, client} = await setupTest({lang: 'fr'});
      const membership = await current(client);
      const next = shown(addDays(membership.validUntil!, 1), 'fr');
      await harness.until((h) => h.chooseButtons.length > 0);
      expect(harness.currentPlan).to.contain('Votre formule');
      await harness.choose('Resident');
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.confirmation).to.contain(`À partir du ${next}, votre prochaine période`);
      expect(harness.confirmation).to.match(/Prix 390,00\s€ \/ mois/);
      await harness.confirm();
      await harness.until((h) => h.scheduled !== '');
      expect(harness.scheduled).to.equal(`Passe à Resident le ${next}`);
    });
  });

  describe('cancelling (ada)', () => {
    it('should confirm the last day and what is lost, show "Ends on", and undo', async () => {
      const {el, harness, client, wrapper} = await setupTest();
      const membership = await current(client);
      // 19 days are left, more than the space's 14 days of notice: it ends with the period.
      const last = shown(membership.validUntil!);
      await harness.until((h) => h.cancelButton !== null);
      harness.cancelButton!.click();
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.confirmation).to.equal(
        `Cancel your Flex monthly membership Last day ${last} ` +
          'Nothing more is billed after that. 14 days of notice apply. ' +
          'You lose 20 credits 2 × Coffee card 1 × Printing, 50 pages Cancel membership Back',
      );
      await harness.confirm();
      await harness.until((h) => h.scheduled !== '');
      expect(harness.scheduled).to.equal(`Ends on ${last}`);
      expect(harness.nextBilling).to.equal('');
      expect(harness.status).to.equal('Status: Active');
      await expectAccessibleInEveryTheme(el, wrapper);
      harness.undoButton!.click();
      await harness.until((h) => h.scheduled === '' && h.cancelButton !== null);
      expect(harness.notice).to.equal('Your membership continues.');
      expect(harness.nextBilling).to.contain('€250.00');
    });
  });

  describe('joining (a new member after the terms)', () => {
    it('should say "Choose a plan" once, and join with the saved card', async () => {
      const {harness, client} = await setupTest({member: 'chloe', acceptTerms: true});
      await harness.until(ready);
      expect(harness.text.match(/Choose a plan/g)).to.have.length(1);
      await harness.choose('Flex monthly');
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.confirmation).to.contain('Price €250.00 / month');
      expect(harness.confirmation).to.contain('Paid now with your saved card.');
      expect(harness.confirmButton!.textContent!.trim()).to.equal('Pay €250.00 and join');
      await harness.confirm();
      await harness.until((h) => h.planName === 'Flex monthly' && h.status === 'Status: Active');
      expect(harness.notice).to.equal('Welcome to Flex monthly: your membership has started.');
      expect(harness.currentPlan).to.contain('Your plan');
      expect((await client.credits.get()).total).to.equal(20);
    });

    it('should leave an order to pay with payment-method="", then pay it from the card', async () => {
      const {harness} = await setupTest({member: 'chloe', acceptTerms: true, paymentMethod: ''});
      await harness.until(ready);
      await harness.choose('Resident');
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.confirmation).to.contain('An order is left for you to pay.');
      await harness.confirm();
      await harness.until((h) => h.payButton !== null);
      expect(harness.status).to.equal('Status: Pending');
      expect(harness.awaiting).to.equal('Waiting for payment');
      harness.payButton!.click();
      await harness.until((h) => h.status === 'Status: Active');
      expect(harness.notice).to.equal('Paid: your Resident membership has started.');
    });

    it('should say a declined card changed nothing, and keep the confirmation open', async () => {
      const {harness, client} = await setupTest({
        member: 'chloe',
        acceptTerms: true,
        paymentMethod: 'pm_card_declined',
      });
      await harness.until(ready);
      await harness.choose('Flex monthly');
      await harness.confirm();
      expect(harness.notice).to.equal(
        'That did not go through. Your card was declined; nothing was charged.',
      );
      expect(harness.confirmButton).not.to.be.null;
      expect((await client.membership.get()).membership).to.be.null;
    });
  });

  describe('when the space keeps plan changes at its front desk', () => {
    async function setupFrontDesk(lang = 'en') {
      const client = createTestClient();
      const space = await client.space.get();
      worker.use(
        http.get(`*/v1/spaces/${SPACE}`, () =>
          HttpResponse.json({
            ...space,
            membershipPolicy: {
              ...space.membershipPolicy,
              selfService: {join: false, change: false, cancel: false},
            },
          }),
        ),
      );
      return setupTest({lang});
    }

    it('should offer no Choose or Cancel, and say whom to contact', async () => {
      const {el, harness, wrapper} = await setupFrontDesk();
      await harness.until((h) => h.contact !== '');
      expect(harness.chooseButtons).to.have.length(0);
      expect(harness.cancelButton).to.be.null;
      expect(harness.currentPlan).to.contain('Your plan');
      expect(harness.contact).to.equal(
        'To change or cancel your plan, contact the front desk: hello@canopee.example',
      );
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="contact"] a')!;
      expect(link.href).to.equal('mailto:hello@canopee.example');
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should say it in French', async () => {
      const {harness} = await setupFrontDesk('fr');
      await harness.until((h) => h.contact !== '');
      expect(harness.contact).to.equal(
        'Pour changer ou résilier votre formule, contactez the front desk : hello@canopee.example',
      );
    });
  });

  describe('status badges', () => {
    const statuses: [MembershipStatus, string, string][] = [
      ['pending', 'Pending', 'badge--info'],
      ['active', 'Active', 'badge--success'],
      ['inactive', 'Inactive', 'badge--neutral'],
      ['expired', 'Expired', 'badge--warning'],
      ['cancelled', 'Cancelled', 'badge--error'],
    ];

    for (const [status, text, badge] of statuses) {
      it(`should show ${status} as "${text}" with its own colour`, async () => {
        const client = createTestClient();
        await logIn(client, 'ada@example.com');
        const membership = await current(client);
        worker.use(
          http.get(MEMBERSHIP, () => HttpResponse.json({membership: {...membership, status}})),
        );
        const {harness, el, wrapper} = await setupTest();
        await harness.until(ready);
        expect(harness.status).to.equal(`Status: ${text}`);
        expect(harness.statusBadge!.classList.contains(badge)).to.be.true;
        if (status === 'inactive' || status === 'cancelled') {
          await expectAccessibleInEveryTheme(el, wrapper);
        }
      });
    }
  });

  describe('when loading', () => {
    beforeEach(() => {
      worker.use(http.get(MEMBERSHIP, () => delay('infinite')));
    });

    it('should show a skeleton and say it is loading', async () => {
      const {el, harness} = await setupTest();
      expect(harness.announcement).to.equal('Loading your membership…');
      expect(el.shadowRoot!.querySelector('.skeleton-frame')).to.have.attribute(
        'aria-hidden',
        'true',
      );
      expect(harness.planName).to.equal('');
    });

    it('should be accessible', async () => {
      const {el, wrapper} = await setupTest();
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('when loading fails', () => {
    beforeEach(() => {
      worker.use(
        http.get(MEMBERSHIP, () => problem(503, 'service_unavailable', 'Unavailable'), {
          once: true,
        }),
      );
    });

    it('should say why, emit portico-error, and recover with Retry', async () => {
      const spy = sinon.spy();
      document.addEventListener('portico-error', spy);
      try {
        const {harness} = await setupTest();
        await harness.until((h) => h.retryButton !== null);
        expect(harness.error).to.equal(
          'Your membership could not be loaded. The service is unavailable, please try again shortly.',
        );
        expect(spy).to.have.been.calledOnce;
        expect(spy.firstCall.args[0].detail.error.code).to.equal('service_unavailable');
        harness.retryButton!.click();
        await harness.until(ready);
        expect(harness.error).to.equal('');
      } finally {
        document.removeEventListener('portico-error', spy);
      }
    });

    it('should retry with the keyboard and keep focus in the widget', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(harness.retryButton);
      await sendKeys({press: 'Enter'});
      await harness.until(ready);
      expect(document.activeElement).to.equal(el);
    });

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });
});
