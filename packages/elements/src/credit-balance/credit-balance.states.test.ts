/// <reference types="mocha" />
// The balance's states: signed out, loading, a failure with Retry, and French.
import {expect, fixture, html} from '@open-wc/testing';
import {failOnce, itRetriesWithTheKeyboard} from '../../test/helpers/data-states.js';
import {mount} from '../../test/helpers/mount.js';
import {delay, http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {createTestClient, logIn, worker} from '../../test/helpers/mock-api.js';
import '../provider/provider.js';
import './credit-balance.js';
import type {PorticoCreditBalance} from './credit-balance.component.js';
import {PorticoCreditBalanceHarness} from './credit-balance.harness.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import {problem} from '../../test/helpers/problem.js';
import {CREDITS, describeCreditBalance, setupTest} from '../../test/helpers/credit-balance.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeCreditBalance(() => {
  describe('when signed out', () => {
    it('should ask to sign in and show the signed-out slot', async () => {
      const {el, harness} = await setupTest({member: null});
      expect(harness.message).to.equal('Sign in to see your credits.');
      expect(harness.total).to.equal('');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="signed-out"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
        'Go to sign-in',
      ]);
    });

    it('should offer a Sign in button that fires portico-needs-sign-in when nothing is slotted', async () => {
      const client = createTestClient();
      const el = await fixture<PorticoCreditBalance>(
        html`<portico-credit-balance .client=${client}></portico-credit-balance>`,
      );
      const spy = spyOnEvent(el, 'portico-needs-sign-in');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sign-in-button"]')!;
      expect(button.textContent!.trim()).to.equal('Sign in');
      button.click();
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].composed).to.be.true;
    });

    it('should show the balance once the member logs in', async () => {
      const {harness, client} = await setupTest({member: null});
      await logIn(client);
      await harness.until((h) => h.total !== '');
      expect(harness.message).to.equal('');
    });

    it('should go back to the logged-out state when the session expires', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.total !== '');
      worker.use(http.get(CREDITS, () => problem(401, 'unauthorized', 'Unauthorized')));
      const errors = spyOnEvent(harness.element, 'portico-error');
      harness.element.resolvedClient!.store.invalidate(['credits']);
      await harness.until((h) => h.message === 'Sign in to see your credits.');
      expect(errors.callCount).to.equal(0);
    });

    itIsAccessibleInEveryTheme(() => setupTest({member: null}));
  });

  describe('when loading', () => {
    beforeEach(() => {
      worker.use(http.get(CREDITS, () => delay('infinite')));
    });

    it('should show a busy skeleton and tell screen readers it is loading', async () => {
      const {harness} = await setupTest();
      expect(harness.isLoading).to.be.true;
      expect(harness.announcement).to.equal('Loading your credits…');
      expect(harness.total).to.equal('');
    });

    it('should be accessible', async () => {
      const {el} = await setupTest();
      await expect(el).to.be.accessible();
    });
  });

  describe('when loading fails', () => {
    beforeEach(() => failOnce(CREDITS));

    it('should show the error with a Retry button', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      expect(harness.error).to.equal(
        'Your credits could not be loaded. The service is unavailable, please try again shortly.',
      );
      expect(harness.retryButton!.textContent!.trim()).to.equal('Retry');
    });

    it('should emit portico-error with the error', async () => {
      const client = createTestClient();
      await logIn(client);
      const spy = sinon.spy();
      document.addEventListener('portico-error', spy);
      try {
        const el = await fixture<PorticoCreditBalance>(
          html`<portico-credit-balance .client=${client}></portico-credit-balance>`,
        );
        await new PorticoCreditBalanceHarness(el).until((h) => h.retryButton !== null);
        expect(spy).to.have.been.calledOnce;
        const event = spy.firstCall.args[0] as CustomEvent<{error: {code: string; status: number}}>;
        expect(event.detail.error.code).to.equal('service_unavailable');
        expect(event.detail.error.status).to.equal(503);
        expect(event.bubbles && event.composed).to.be.true;
      } finally {
        document.removeEventListener('portico-error', spy);
      }
    });

    it('should recover when Retry is clicked', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.retryButton !== null);
      await harness.clickRetry();
      await harness.until((h) => h.total !== '');
      expect(harness.error).to.equal('');
      expect(harness.retryButton).to.be.null;
    });

    itRetriesWithTheKeyboard(setupTest, (h) => h.total !== '', {focusBase: true});

    it('should keep the page working', async () => {
      const wrapper = await mount(
        html`<div>
          <p id="host-content">The host page</p>
          <portico-credit-balance .client=${createTestClient()}></portico-credit-balance>
        </div>`,
      );
      expect(wrapper.querySelector('#host-content')!.textContent).to.equal('The host page');
    });

    itIsAccessibleInEveryTheme(setupTest, (h) => h.retryButton !== null);
  });

  describe('with lang="fr"', () => {
    it('should speak French and format numbers the French way', async () => {
      worker.use(
        http.get(CREDITS, () =>
          HttpResponse.json({
            total: 1234,
            buckets: [],
            nextExpiry: {amount: 12, expiresAt: '2031-11-30T12:00:00+01:00'},
          }),
        ),
      );
      const {harness} = await setupTest({lang: 'fr'});
      await harness.until((h) => h.total !== '');
      expect(harness.total).to.equal(new Intl.NumberFormat('fr').format(1234));
      expect(harness.label).to.equal('crédits');
      expect(harness.expiry).to.equal('12 crédits expirent le 30 nov. 2031');
    });

    it('should say it is signed out in French', async () => {
      const {harness} = await setupTest({lang: 'fr', member: null});
      expect(harness.message).to.equal('Connectez-vous pour voir vos crédits.');
    });

    it('should follow a change of the page language', async () => {
      const {el, harness} = await setupTest({member: null});
      el.parentElement!.setAttribute('lang', 'fr');
      await harness.until((h) => h.message === 'Connectez-vous pour voir vos crédits.');
    });

    it('should be accessible', async () => {
      const {el, harness} = await setupTest({lang: 'fr', showBuckets: true});
      await harness.until((h) => h.total !== '');
      await expect(el).to.be.accessible();
    });
  });
});
