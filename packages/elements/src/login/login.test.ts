/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {type PorticoClient} from '@portico/sdk';
import {updateProfile} from '@portico/sdk/profile';
import {sendKeys} from '@web/test-runner-commands';
import {delay, http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {ifDefined} from 'lit/directives/if-defined.js';
import {
  createTestClient,
  logIn,
  MEMBER,
  readCode,
  resetMockApi,
  SPACE,
  worker,
} from '../../test/helpers/mock-api.js';
import {mount} from '../../test/helpers/mount.js';
import {injectedElements, MARKUP_NAME, pwned} from '../../test/helpers/markup.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import '../credit-balance/credit-balance.js';
import {PorticoCreditBalanceHarness} from '../credit-balance/credit-balance.harness.js';
import './login.js';
import type {PorticoLogin} from './login.component.js';
import {PorticoLoginHarness} from './login.harness.js';

const problem = (status: number, code: string, title: string, extra: object = {}) =>
  HttpResponse.json(
    {type: 'about:blank', title, status, code, ...extra},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

interface SetupOptions {
  client?: PorticoClient;
  lang?: string;
  email?: string;
  invitation?: string;
  invitationFromUrl?: boolean;
  /** Seconds; left unset, the element's own default. */
  resendCooldown?: number;
}

async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  const wrapper = await mount(
    html`<div lang=${options.lang ?? 'en'}>
      <portico-login
        .client=${client}
        email=${options.email ?? ''}
        invitation=${options.invitation ?? ''}
        ?invitation-from-url=${options.invitationFromUrl ?? false}
        resend-cooldown=${ifDefined(options.resendCooldown)}
      ></portico-login>
    </div>`,
  );
  const el = wrapper.querySelector<PorticoLogin>('portico-login')!;
  const harness = new PorticoLoginHarness(el);
  await harness.settled();
  return {el, harness, client, wrapper};
}

/** Up to the code step for `email`. */
async function codeStep(email = MEMBER, options: SetupOptions = {}) {
  const setup = await setupTest(options);
  await setup.harness.type(email);
  await setup.harness.submit();
  await setup.harness.until((h) => h.input?.autocomplete === 'one-time-code');
  return setup;
}

/** A code that is not the one mailed. */
async function wrongCode(email = MEMBER): Promise<string> {
  return (await readCode(email)) === '000000' ? '111111' : '000000';
}

/** Records the API requests made from now on. */
function recordRequests(): string[] {
  const seen: string[] = [];
  worker.events.on('request:start', ({request}) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return seen;
}

describe('<portico-login>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    worker.events.removeAllListeners();
    sinon.restore();
  });

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
        http.get(`*/v1/spaces/${SPACE}`, () =>
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

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.termsLink !== null);
      await expectAccessibleInEveryTheme(el, wrapper);
    });
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
      const spy = sinon.spy();
      el.addEventListener('portico-login', spy);
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
        http.post(`*/v1/spaces/${SPACE}/auth/otp/verify`, () =>
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
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({press: 'Tab'});
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

    it('should be accessible in every theme', async () => {
      const {el, harness, wrapper} = await setupTest({invitation: 'welcome-frank'});
      await harness.until((h) => h.message.includes('La Canopée'));
      await expectAccessibleInEveryTheme(el, wrapper);
    });
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
      const complete = sinon.spy();
      el.addEventListener('portico-sign-in-complete', complete);
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
      worker.use(
        http.patch(`*/v1/spaces/${SPACE}/me`, () =>
          problem(503, 'service_unavailable', 'Unavailable'),
        ),
      );
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
        http.get(`*/v1/spaces/${SPACE}/me`, () =>
          HttpResponse.json({...me, termsAcceptedVersion: '2023-01', termsAccepted: false}),
        ),
      );
      const {harness} = await setupTest({client});
      await harness.until((h) => h.heading === 'Accept the terms of use');
      expect(harness.nameInput).to.be.null;
    });
  });

  describe('when the API is down', () => {
    it('should say so and emit portico-error', async () => {
      worker.use(
        http.post(`*/v1/spaces/${SPACE}/auth/otp`, () =>
          problem(503, 'service_unavailable', 'Unavailable'),
        ),
      );
      const {el, harness} = await setupTest();
      const spy = sinon.spy();
      el.addEventListener('portico-error', spy);
      await harness.type(MEMBER);
      await harness.submit();
      expect(harness.error).to.equal('The service is unavailable, please try again shortly.');
      expect(harness.input!.value).to.equal(MEMBER);
      expect(spy).to.have.been.calledOnce;
    });
  });

  describe('when mounted signed in while the profile loads', () => {
    it('should show a skeleton and say it is loading', async () => {
      worker.use(http.get(`*/v1/spaces/${SPACE}/me`, () => delay('infinite')));
      const client = createTestClient();
      await logIn(client);
      const {el, harness, wrapper} = await setupTest({client});
      expect(harness.text).to.equal('Loading…');
      expect(el.shadowRoot!.querySelector('.skeleton-frame')).to.exist;
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should say when the profile fails to load, and retry', async () => {
      worker.use(
        http.get(`*/v1/spaces/${SPACE}/me`, () => problem(503, 'service_unavailable', 'Down'), {
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
      const spy = sinon.spy();
      el.addEventListener('portico-logout', spy);
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
