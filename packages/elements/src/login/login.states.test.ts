/// <reference types="mocha" />
// The login's other states: the API down, the profile loading or failing, signed in, and
// French.
import {expect} from '@open-wc/testing';
import {delay, http} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {createTestClient, logIn, MEMBER, readCode, worker} from '../../test/helpers/mock-api.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import './login.js';
import {problem} from '../../test/helpers/problem.js';
import {codeStep, describeLogin, ME, OTP, setupTest, wrongCode} from '../../test/helpers/login.js';

describeLogin(() => {
  describe('when the API is down', () => {
    it('should say so and emit portico-error', async () => {
      worker.use(http.post(OTP, () => problem(503, 'service_unavailable', 'Unavailable')));
      const {el, harness} = await setupTest();
      const spy = spyOnEvent(el, 'portico-error');
      await harness.type(MEMBER);
      await harness.submit();
      expect(harness.error).to.equal('The service is unavailable, please try again shortly.');
      expect(harness.input!.value).to.equal(MEMBER);
      expect(spy).to.have.been.calledOnce;
    });
  });

  describe('when mounted signed in while the profile loads', () => {
    it('should show a skeleton and say it is loading', async () => {
      worker.use(http.get(ME, () => delay('infinite')));
      const client = createTestClient();
      await logIn(client);
      const {el, harness, wrapper} = await setupTest({client});
      expect(harness.text).to.equal('Loading…');
      expect(el.shadowRoot!.querySelector('.skeleton-frame')).to.exist;
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should say when the profile fails to load, and retry', async () => {
      worker.use(
        http.get(ME, () => problem(503, 'service_unavailable', 'Down'), {
          once: true,
        }),
      );
      const client = createTestClient();
      await logIn(client);
      const {el, harness, wrapper} = await setupTest({client});
      const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]');
      await harness.until(() => retry() !== null);
      expect(harness.error).to.equal(
        'Your profile could not be loaded. The service is unavailable, please try again shortly.',
      );
      await expectAccessibleInEveryTheme(el, wrapper);
      retry()!.click();
      await harness.until((h) => h.heading === 'Welcome, Ada Lovelace');
    });
  });

  describe('when signed in', () => {
    it('should greet the member and sign out, focusing the email field', async () => {
      const client = createTestClient();
      await logIn(client);
      const {el, harness} = await setupTest({client});
      await harness.until((h) => h.heading === 'Welcome, Ada Lovelace');
      expect(harness.message).to.equal(`Signed in as ${MEMBER}.`);
      expect(harness.logoutButton!.textContent!.trim()).to.equal('Sign out');
      const spy = spyOnEvent(el, 'portico-logout');
      await harness.logOut();
      expect(client.session.isLoggedIn).to.be.false;
      expect(spy).to.have.been.calledOnce;
      expect(harness.inputLabel).to.equal('Email');
      expect(el.shadowRoot!.activeElement === harness.input, 'focus').to.be.true;
    });

    it('should be accessible in every theme', async () => {
      const client = createTestClient();
      await logIn(client);
      const {el, harness, wrapper} = await setupTest({client});
      await harness.until((h) => h.heading !== '');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('with lang="fr"', () => {
    it('should speak French through every step', async () => {
      const {harness} = await setupTest({lang: 'fr'});
      expect(harness.inputLabel).to.equal('E-mail');
      expect(harness.submitButton!.textContent!.trim()).to.equal('Recevoir un code');
      await harness.until((h) => h.privacy.includes('La Canopée'));
      expect(harness.privacy).to.contain('En continuant, vous acceptez');
      await harness.type(MEMBER);
      await harness.submit();
      expect(harness.changeEmailButton!.textContent!.trim()).to.equal('Mauvaise adresse ?');
      await harness.type(await wrongCode());
      await harness.submit();
      expect(harness.error).to.equal('Le code est incorrect : il reste 4 essais.');
      await harness.type('12ab');
      await harness.submit();
      expect(harness.error).to.equal(
        'Saisissez les 6 chiffres reçus par e-mail, par exemple 123456.',
      );
    });

    it('should be accessible in French in every theme (code step and signed in)', async () => {
      const {el, harness, wrapper} = await codeStep(MEMBER, {lang: 'fr'});
      await expectAccessibleInEveryTheme(el, wrapper);
      await harness.type(await readCode());
      await harness.submit();
      expect(harness.heading).to.equal('Bienvenue, Ada Lovelace');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });
});
