/// <reference types="mocha" />
// Choosing, changing, cancelling and joining a plan, and a space that keeps these at its
// front desk.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {addDays} from '@portico/sdk/domain';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {createTestClient, SPACE, worker} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './membership-card.js';
import {
  current,
  describeMembershipCard,
  setupLoaded,
  setupTest,
  shown,
} from '../../test/helpers/membership-card.js';
import {expectTabToLandOn} from '../../test/helpers/keyboard.js';

describeMembershipCard(() => {
  describe('without a membership (chloe)', () => {
    it('should offer the plans with their price and benefits', async () => {
      const {harness} = await setupLoaded({member: 'chloe'});
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
      const {el, harness} = await setupLoaded({member: 'chloe'});
      const spy = spyOnEvent(el, 'portico-plan-selected');
      await harness.choose('Flex monthly');
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.confirmation).to.contain('Join Flex monthly');
      expect(spy.callCount).to.equal(0);
    });

    it('should reach and press Choose with the keyboard, and focus the confirmation', async () => {
      const {harness} = await setupLoaded({member: 'chloe'});
      await expectTabToLandOn(harness, harness.chooseButtons[0]);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.confirmButton !== null);
      expect(harness.focused?.id).to.equal('confirm-title');
      expect(harness.focused?.textContent).to.equal('Join 10 days a month');
    });

    it('should speak French', async () => {
      const {harness} = await setupLoaded({member: 'chloe', lang: 'fr'});
      expect(harness.text).to.contain('Choisissez une formule');
      expect(harness.chooseButtons[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Choisir Resident',
      );
      expect(harness.plans[0]).to.contain('/ mois');
    });

    it('should be accessible in every theme and in French', async () => {
      const {el, harness, wrapper} = await setupLoaded({member: 'chloe'});
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
      const changed = spyOnEvent(el, 'portico-membership-changed');
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
      const {harness, client} = await setupLoaded({member: 'chloe', acceptTerms: true});
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
      const {harness} = await setupLoaded({member: 'chloe', acceptTerms: true, paymentMethod: ''});
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
      const {harness, client} = await setupLoaded({
        member: 'chloe',
        acceptTerms: true,
        paymentMethod: 'pm_card_declined',
      });
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
});
