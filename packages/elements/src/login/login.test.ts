/// <reference types="mocha" />
// Signing in with an emailed code: the email step, the code step (wrong codes, lockout,
// resend) and the whole way with the keyboard. Onboarding and states have their own files.
import {expect, fixture, html} from '@open-wc/testing';
import {updateProfile} from '@portico/sdk/profile';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {createTestClient, logIn, MEMBER, readCode, worker} from '../../test/helpers/mock-api.js';
import {injectedElements, MARKUP_NAME, pwned} from '../../test/helpers/markup.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import {PorticoCreditBalanceHarness} from '../credit-balance/credit-balance.harness.js';
import './login.js';
import type {PorticoLogin} from './login.component.js';
import {PorticoLoginHarness} from './login.harness.js';
import {problem} from '../../test/helpers/problem.js';
import {
  codeStep,
  describeLogin,
  OTP,
  recordRequests,
  setupTest,
  SPACE_URL,
  wrongCode,
} from '../../test/helpers/login.js';
import {tabFromThePage} from '../../test/helpers/keyboard.js';

describeLogin(() => {
  describe('when signed out', () => {
    it('should ask for an email with the space privacy notice', async () => {
      const {harness} = await setupTest();
      expect(harness.inputLabel).to.equal('Email');
      expect(harness.input!.type).to.equal('email');
      expect(harness.input!.autocomplete).to.equal('email');
      expect(harness.submitButton!.textContent!.trim()).to.equal('Send me a code');
      await harness.until((h) => h.privacy.includes('La Canopée'));
      expect(harness.privacy).to.equal(
        'By continuing, you accept how La Canopée Coworking handles your data. Terms of use and privacy notice',
      );
      expect(harness.termsLink!.getAttribute('href')).to.equal(
        'https://example.com/canopee/terms-2024-09',
      );
      expect(harness.input!.getAttribute('aria-describedby')).to.contain('privacy');
    });

    it('should not link a terms URL that is not http(s)', async () => {
      const space = await createTestClient().space.get();
      worker.use(
        http.get(SPACE_URL, () =>
          HttpResponse.json({...space, terms: {...space.terms, url: 'javascript:alert(1)'}}),
        ),
      );
      // The contract refuses such a URL; a production page does not validate, so the
      // element itself must drop the link.
      const {harness} = await setupTest({client: createTestClient({validateResponses: false})});
      await harness.until((h) => h.privacy.includes('La Canopée'));
      expect(harness.termsLink).to.be.null;
      expect(harness.privacy).not.to.contain('javascript');
    });

    it('should refuse an invalid email without calling the API', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.privacy.includes('La Canopée'));
      const requests = recordRequests();
      await harness.type('not an email');
      await harness.submit();
      expect(harness.error).to.equal('Enter a valid email address.');
      expect(harness.input!.getAttribute('aria-invalid')).to.equal('true');
      expect(harness.input!.value).to.equal('not an email');
      expect(requests).to.deep.equal([]);
    });

    it('should say an email longer than 254 characters is not valid (the API refuses it)', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.privacy.includes('La Canopée'));
      // 10,012 characters the browser's own check lets through (no label over 63).
      const labels = Array.from({length: 155}, () => 'd'.repeat(63)).join('.');
      const email = `${'a'.repeat(64)}@${labels}.${'c'.repeat(10_012 - 66 - labels.length)}`;
      expect(email.length).to.equal(10_012);
      await harness.type(email);
      await harness.submit();
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.equal('Enter a valid email address.');
      expect(harness.input!.getAttribute('aria-invalid')).to.equal('true');
    });

    it('should prefill the email attribute', async () => {
      const el = await fixture<PorticoLogin>(
        html`<portico-login email=${MEMBER} .client=${createTestClient()}></portico-login>`,
      );
      expect(new PorticoLoginHarness(el).input!.value).to.equal(MEMBER);
    });

    it("should take focus when another widget's Sign in button is pressed", async () => {
      const {el, client, harness} = await setupTest();
      const balance = document.createElement('portico-credit-balance');
      balance.client = client;
      el.parentElement!.append(balance);
      const balanceHarness = new PorticoCreditBalanceHarness(balance);
      await balanceHarness.until((h) => h.signInButton !== null);
      balanceHarness.signInButton!.click();
      await harness.until(() => el.shadowRoot!.activeElement === harness.input);
      expect(document.activeElement).to.equal(el);
    });

    itIsAccessibleInEveryTheme(setupTest, (h) => h.termsLink !== null);
  });

  describe('after a code was sent', () => {
    it('should say where the code went and focus the one code field', async () => {
      const {el, harness} = await codeStep();
      expect(harness.message).to.equal(`We sent a 6-digit code to ${MEMBER}.`);
      expect(harness.announcement).to.equal(`We sent a 6-digit code to ${MEMBER}.`);
      const input = harness.input!;
      expect(input.autocomplete).to.equal('one-time-code');
      expect(input.inputMode).to.equal('numeric');
      expect(input.hasAttribute('maxlength')).to.be.false; // a pasted "123 456" fits
      expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
      expect(el.shadowRoot!.activeElement === input, 'focus').to.be.true;
    });

    it('should sign in with the mailed code, emit portico-login and focus the greeting', async () => {
      const {el, harness, client} = await codeStep();
      const spy = spyOnEvent(el, 'portico-login');
      await harness.type(await readCode());
      await harness.submit();
      expect(client.session.isLoggedIn).to.be.true;
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].detail.member.email).to.equal(MEMBER);
      expect(spy.firstCall.args[0].detail.isNew).to.be.false;
      // Ada has accepted the terms and has a profile: nothing more to do.
      expect(el.signingIn).to.be.false;
      expect(harness.heading).to.equal('Welcome, Ada Lovelace');
      expect(harness.message).to.equal(`Signed in as ${MEMBER}.`);
      expect(harness.headingElement!.tabIndex).to.equal(-1);
      expect(document.activeElement === el, 'focus').to.be.true;
      expect(el.shadowRoot!.activeElement === harness.headingElement, 'focus').to.be.true;
    });

    it('should greet a member whose name is markup with it as text', async () => {
      const other = createTestClient();
      await logIn(other);
      await updateProfile(other, {name: MARKUP_NAME});
      const {el, harness} = await codeStep();
      await harness.type(await readCode());
      await harness.submit();
      await harness.until((h) => h.heading.startsWith('Welcome'));
      expect(harness.heading).to.equal(`Welcome, ${MARKUP_NAME}`);
      expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
      expect(await pwned()).to.be.false;
    });

    it('should accept a pasted code with spaces', async () => {
      const {harness, client} = await codeStep();
      const code = await readCode();
      await harness.type(` ${code.slice(0, 3)} ${code.slice(3)} `);
      await harness.submit();
      expect(client.session.isLoggedIn).to.be.true;
    });

    it('should sign in with a code set as a property (the dev mailbox button)', async () => {
      const {el, harness, client} = await codeStep();
      el.code = await readCode();
      await harness.settled();
      expect(harness.input!.value).to.equal(el.code);
      await harness.submit();
      expect(client.session.isLoggedIn).to.be.true;
    });

    it('should say what format is expected for "12ab", without sending it', async () => {
      const {el, harness} = await codeStep();
      const requests = recordRequests();
      await harness.type('12ab');
      await harness.submit();
      expect(harness.error).to.equal('Enter the 6 digits from the email, for example 123456.');
      expect(harness.input!.getAttribute('aria-invalid')).to.equal('true');
      expect(harness.input!.getAttribute('aria-describedby')).to.contain('error');
      expect(harness.input!.value).to.equal('12ab');
      expect(el.shadowRoot!.activeElement === harness.input, 'focus').to.be.true;
      expect(requests).to.deep.equal([]);
    });

    it('should count down the attempts left after wrong codes', async () => {
      const {el, harness, client} = await codeStep();
      await harness.type(await wrongCode());
      await harness.submit();
      expect(harness.error).to.equal('The code is wrong: 4 attempts left.');
      expect(el.signingIn, 'a refused code ends the sign-in').to.be.false;
      expect(harness.input!.value).to.not.equal(''); // what was typed stays to correct it
      await harness.submit();
      expect(harness.error).to.equal('The code is wrong: 3 attempts left.');
      expect(client.session.isLoggedIn).to.be.false;
    });

    it('should show the lockout with a live countdown after the fifth wrong code', async () => {
      const {harness} = await codeStep();
      await harness.type(await wrongCode());
      for (let i = 0; i < 5; i++) await harness.submit();
      expect(harness.lockout).to.match(
        /^Too many wrong codes for this email\. Try again in (20:00|19:5\d)\.$/,
      );
      const before = harness.countdown;
      await harness.until((h) => h.countdown !== before, 2_500);
      expect(harness.countdown).to.match(/^Try again in 19:5\d\.$/);
      // Locked: both buttons say so, and nothing is sent, not even a new code.
      expect(harness.submitButton!.getAttribute('aria-disabled')).to.equal('true');
      expect(harness.resendButton!.getAttribute('aria-disabled')).to.equal('true');
      expect(harness.resendButton!.textContent!.trim()).to.equal('Send a new code');
      const requests = recordRequests();
      await harness.submit();
      harness.resendButton!.click();
      await harness.settled();
      expect(requests).to.deep.equal([]);
    });

    it('should say when the lock is over (retryAfter from the server)', async () => {
      worker.use(
        http.post(`${OTP}/verify`, () =>
          problem(429, 'too_many_attempts', 'Locked', {retryAfter: 2}),
        ),
      );
      const {harness} = await codeStep(MEMBER, {resendCooldown: 0});
      await harness.type('123456');
      await harness.submit();
      expect(harness.countdown).to.match(/^Try again in 0:0[12]\.$/);
      await harness.until((h) => h.lockout === 'You can try again now: ask for a new code.', 3_500);
      expect(harness.resendButton!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('should go back to the email with "Wrong email?", keeping what was typed', async () => {
      const {el, harness} = await codeStep();
      await harness.press(harness.changeEmailButton);
      expect(harness.inputLabel).to.equal('Email');
      expect(harness.input!.value).to.equal(MEMBER);
      expect(el.shadowRoot!.activeElement === harness.input, 'focus').to.be.true;
    });

    it('should offer a new code after a live cooldown of 30 s by default', async () => {
      const {el, harness} = await codeStep();
      // The documented default: no resend-cooldown attribute.
      expect(el.hasAttribute('resend-cooldown')).to.be.false;
      const resend = () => harness.resendButton!;
      expect(resend().getAttribute('aria-disabled')).to.equal('true');
      expect(resend().textContent!.trim()).to.match(/^Send a new code in 0:(30|29)$/);
      const before = resend().textContent;
      await harness.until(() => resend().textContent !== before, 2_500);
      expect(resend().textContent!.trim()).to.match(/^Send a new code in 0:2\d$/);
      // Pressing it while cooling down sends nothing.
      const requests = recordRequests();
      resend().click();
      await harness.settled();
      expect(requests).to.deep.equal([]);
    });

    it('should send a new code that signs in', async () => {
      const {harness, client} = await codeStep(MEMBER, {resendCooldown: 1});
      await harness.until((h) => h.resendButton!.getAttribute('aria-disabled') === 'false', 2_500);
      expect(harness.resendButton!.textContent!.trim()).to.equal('Send a new code');
      await harness.press(harness.resendButton);
      expect(harness.announcement).to.equal(`We sent a new code to ${MEMBER}.`);
      expect(harness.resendButton!.getAttribute('aria-disabled')).to.equal('true');
      const second = await readCode();
      expect(harness.input!.value).to.equal(''); // ready for the new code
      await harness.type(second);
      await harness.submit();
      expect(client.session.isLoggedIn).to.be.true;
    });

    it('should be accessible in every theme, also with an error and locked', async () => {
      const {el, harness, wrapper} = await codeStep();
      await expectAccessibleInEveryTheme(el, wrapper);
      await harness.type('12');
      await harness.submit();
      expect(harness.error).to.not.equal('');
      await expectAccessibleInEveryTheme(el, wrapper);
      await harness.type(await wrongCode());
      for (let i = 0; i < 5; i++) await harness.submit();
      expect(harness.countdown).to.not.equal('');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('with the keyboard', () => {
    it('should sign in with Tab, typing and Enter, and land on the greeting', async () => {
      const {el, harness} = await setupTest();
      await tabFromThePage();
      expect(el.shadowRoot!.activeElement === harness.input, 'focus').to.be.true;
      await sendKeys({type: MEMBER});
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.inputLabel === 'Code from the email');
      expect(el.shadowRoot!.activeElement === harness.input, 'focus').to.be.true;
      await sendKeys({type: await readCode()});
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.heading === 'Welcome, Ada Lovelace');
      expect(el.shadowRoot!.activeElement === harness.headingElement, 'focus').to.be.true;
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement === harness.logoutButton, 'focus').to.be.true;
    });
  });
});
