/// <reference types="mocha" />
// After the code: an invitation, the terms and the profile a new member is asked for.
import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {createTestClient, logIn, readCode, worker} from '../../test/helpers/mock-api.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import './login.js';
import {problem} from '../../test/helpers/problem.js';
import {codeStep, describeLogin, ME, recordRequests, setupTest} from '../../test/helpers/login.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';

describeLogin(() => {
  describe('with an invitation', () => {
    it('should activate the account, then ask for the terms and the profile', async () => {
      const {el, harness, client} = await setupTest({invitation: 'welcome-frank'});
      await harness.until((h) => h.message === 'You have been invited to La Canopée Coworking.');
      expect(harness.input).to.be.null;
      const events = {
        login: sinon.spy(),
        terms: sinon.spy(),
        profile: sinon.spy(),
      };
      el.addEventListener('portico-login', events.login);
      el.addEventListener('portico-terms-accepted', events.terms);
      el.addEventListener('portico-profile-updated', events.profile);
      await harness.press(harness.invitationButton);
      expect(client.session.isLoggedIn).to.be.true;
      expect(events.login.firstCall.args[0].detail.isNew).to.be.true;
      // The terms come before anything else; Frank has a name, so it is not asked.
      expect(harness.heading).to.equal('Accept the terms of use');
      expect(el.shadowRoot!.activeElement === harness.headingElement, 'focus').to.be.true;
      expect(harness.nameInput).to.be.null;
      expect(harness.message).to.equal(
        'To continue, read and accept the terms of use of La Canopée Coworking (version 2024-09).',
      );
      harness.termsCheckbox!.click();
      await harness.submit();
      expect(events.terms).to.have.been.calledOnce;
      expect(events.terms.firstCall.args[0].detail.version).to.equal('2024-09');
      expect(harness.heading).to.equal('Complete your profile');
      expect(harness.nameInput!.value).to.equal('Frank Moreau');
      await harness.fill(harness.phoneInput, '+33 6 00 00 00 00');
      await harness.fill(harness.companyInput, 'Moreau SARL');
      await harness.submit();
      expect(events.profile).to.have.been.calledOnce;
      expect(harness.heading).to.equal('Welcome, Frank Moreau');
      expect(el.shadowRoot!.activeElement === harness.headingElement, 'focus').to.be.true;
      const me = await client.profile.get();
      expect(me).to.include({
        termsAccepted: true,
        phone: '+33 6 00 00 00 00',
        company: 'Moreau SARL',
      });
    });

    it('should read ?invitation= from the page URL when asked, and drop it once used', async () => {
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}?invitation=welcome-frank&keep=1`);
      try {
        const {harness, client} = await setupTest({invitationFromUrl: true});
        await harness.press(harness.invitationButton);
        expect(client.session.isLoggedIn).to.be.true;
        expect(location.search).to.equal('?keep=1');
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('should ignore ?invitation= unless invitation-from-url is set', async () => {
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}?invitation=welcome-frank`);
      try {
        const {harness} = await setupTest();
        expect(harness.invitationButton).to.be.null;
        expect(harness.inputLabel).to.equal('Email');
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('should explain an expired invitation and fall back to the email', async () => {
      const {harness, client} = await setupTest({invitation: 'expired-gina'});
      await harness.press(harness.invitationButton);
      expect(client.session.isLoggedIn).to.be.false;
      expect(harness.error).to.equal(
        'This invitation is unknown, expired or already used. Sign in with your email instead.',
      );
      expect(harness.inputLabel).to.equal('Email');
    });

    itIsAccessibleInEveryTheme(
      () => setupTest({invitation: 'welcome-frank'}),
      (h) => h.message.includes('La Canopée'),
    );
  });

  describe('for a new member without a name', () => {
    const NEWBIE = 'nina@example.com';

    async function signedInNew() {
      const setup = await codeStep(NEWBIE);
      await setup.harness.type(await readCode(NEWBIE));
      await setup.harness.submit();
      return setup;
    }

    it('should ask for the name with the terms, and refuse without the box ticked', async () => {
      const {el, harness} = await signedInNew();
      expect(harness.heading).to.equal('Accept the terms of use');
      expect(harness.termsLink!.href).to.equal('https://example.com/canopee/terms-2024-09');
      await harness.fill(harness.nameInput, 'Nina Simone');
      const requests = recordRequests();
      await harness.submit();
      expect(harness.error).to.equal('Tick the box to accept the terms of use.');
      expect(harness.termsCheckbox!.getAttribute('aria-describedby')).to.equal('error');
      expect(el.shadowRoot!.activeElement === harness.termsCheckbox, 'focus').to.be.true;
      expect(requests).to.deep.equal([]);
      expect(harness.nameInput!.value).to.equal('Nina Simone');
      harness.termsCheckbox!.click();
      await harness.fill(harness.nameInput, '');
      await harness.submit();
      expect(harness.error).to.equal('Enter your name.');
      expect(el.shadowRoot!.activeElement === harness.nameInput, 'focus').to.be.true;
    });

    it('should save the name, accept the terms, and let the profile be skipped', async () => {
      const {el, harness, client} = await signedInNew();
      const complete = spyOnEvent(el, 'portico-sign-in-complete');
      expect(el.signingIn, 'signing in during the terms').to.be.true;
      await harness.fill(harness.nameInput, 'Nina Simone');
      harness.termsCheckbox!.click();
      await harness.submit();
      expect(harness.heading).to.equal('Complete your profile');
      expect(harness.nameInput!.value).to.equal('Nina Simone');
      expect(el.signingIn, 'signing in during the profile prompt').to.be.true;
      expect(complete.callCount).to.equal(0);
      await harness.press(harness.skipButton);
      expect(harness.heading).to.equal('Welcome, Nina Simone');
      expect(el.signingIn).to.be.false;
      expect(complete).to.have.been.calledOnce;
      expect(complete.firstCall.args[0].detail.member.name).to.equal('Nina Simone');
      expect(await client.profile.get()).to.include({name: 'Nina Simone', termsAccepted: true});
    });

    it('should keep what was typed when saving the profile fails', async () => {
      const {harness} = await signedInNew();
      await harness.fill(harness.nameInput, 'Nina Simone');
      harness.termsCheckbox!.click();
      await harness.submit();
      worker.use(http.patch(ME, () => problem(503, 'service_unavailable', 'Unavailable')));
      await harness.fill(harness.phoneInput, '+33 1 23 45 67 89');
      await harness.submit();
      expect(harness.error).to.equal('The service is unavailable, please try again shortly.');
      expect(harness.heading).to.equal('Complete your profile');
      expect(harness.phoneInput!.value).to.equal('+33 1 23 45 67 89');
    });

    it('should be accessible in every theme (terms, then profile)', async () => {
      const {el, harness, wrapper} = await signedInNew();
      await expectAccessibleInEveryTheme(el, wrapper);
      await harness.fill(harness.nameInput, 'Nina Simone');
      harness.termsCheckbox!.click();
      await harness.submit();
      expect(harness.heading).to.equal('Complete your profile');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('when the terms changed since the member accepted them', () => {
    it('should ask for them when mounted already signed in', async () => {
      const client = createTestClient();
      await logIn(client, 'dan@example.com');
      const me = await client.profile.get();
      worker.use(
        http.get(ME, () =>
          HttpResponse.json({...me, termsAcceptedVersion: '2023-01', termsAccepted: false}),
        ),
      );
      const {harness} = await setupTest({client});
      await harness.until((h) => h.heading === 'Accept the terms of use');
      expect(harness.nameInput).to.be.null;
    });
  });
});
