/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
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
import './login.js';
import type {PorticoLogin} from './login.component.js';
import {PorticoLoginHarness} from './login.harness.js';

async function setupTest(options: {client?: PorticoClient; lang?: string} = {}) {
  const client = options.client ?? createTestClient();
  const wrapper = await mount(
    html`<div lang=${options.lang ?? 'en'}>
      <portico-login .client=${client}></portico-login>
    </div>`,
  );
  const el = wrapper.querySelector<PorticoLogin>('portico-login')!;
  const harness = new PorticoLoginHarness(el);
  await harness.settled();
  return {el, harness, client};
}

describe('<portico-login>', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    sinon.restore();
  });

  describe('when logged out', () => {
    it('should ask for an email', async () => {
      const {harness} = await setupTest();
      expect(harness.inputLabel).to.equal('Email');
      expect(harness.input!.type).to.equal('email');
      expect(harness.input!.autocomplete).to.equal('email');
      expect(harness.submitButton!.textContent!.trim()).to.equal('Send me a code');
    });

    it('should refuse an invalid email without calling the API', async () => {
      const {harness} = await setupTest();
      const requests = sinon.spy();
      worker.events.on('request:start', requests);
      await harness.type('not an email');
      await harness.submit();
      worker.events.removeAllListeners();
      expect(harness.error).to.equal('Enter a valid email address.');
      expect(harness.input!.getAttribute('aria-invalid')).to.equal('true');
      expect(requests).not.to.have.been.called;
    });

    it('should be accessible', async () => {
      const {el} = await setupTest();
      await expect(el).to.be.accessible();
    });
  });

  describe('after a code was sent', () => {
    async function codeStep() {
      const setup = await setupTest();
      await setup.harness.type(MEMBER);
      await setup.harness.submit();
      return setup;
    }

    it('should say where the code went and focus the code field', async () => {
      const {el, harness} = await codeStep();
      expect(harness.message).to.equal(`We sent a 6-digit code to ${MEMBER}.`);
      expect(harness.inputLabel).to.equal('Code from the email');
      expect(harness.input!.autocomplete).to.equal('one-time-code');
      expect(el.shadowRoot!.activeElement).to.equal(harness.input);
    });

    it('should log in with the mailed code and emit portico-login', async () => {
      const {el, harness, client} = await codeStep();
      const spy = sinon.spy();
      el.addEventListener('portico-login', spy);
      await harness.type(await readCode());
      await harness.submit();
      expect(client.session.isLoggedIn).to.be.true;
      expect(spy).to.have.been.calledOnce;
      expect(spy.firstCall.args[0].detail.member.email).to.equal(MEMBER);
      await harness.until((h) => h.message === `Logged in as ${MEMBER}.`);
    });

    it('should explain a wrong code and keep the member on the code step', async () => {
      const {harness, client} = await codeStep();
      const right = await readCode();
      await harness.type(right === '000000' ? '111111' : '000000');
      await harness.submit();
      expect(harness.error).to.equal('The code is wrong, please check it and try again.');
      expect(harness.inputLabel).to.equal('Code from the email');
      expect(client.session.isLoggedIn).to.be.false;
    });

    it('should be accessible, also with an error', async () => {
      const {el, harness} = await codeStep();
      await expect(el).to.be.accessible();
      await harness.type('12');
      await harness.submit();
      expect(harness.error).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the API is down', () => {
    it('should say so and emit portico-error', async () => {
      worker.use(
        http.post(`*/v1/spaces/${SPACE}/auth/otp`, () =>
          HttpResponse.json(
            {type: 'about:blank', title: 'Unavailable', status: 503, code: 'service_unavailable'},
            {status: 503, headers: {'content-type': 'application/problem+json'}},
          ),
        ),
      );
      const {el, harness} = await setupTest();
      const spy = sinon.spy();
      el.addEventListener('portico-error', spy);
      await harness.type(MEMBER);
      await harness.submit();
      expect(harness.error).to.equal('The service is unavailable, please try again shortly.');
      expect(spy).to.have.been.calledOnce;
    });
  });

  describe('when logged in', () => {
    it('should show who is logged in and log out', async () => {
      const client = createTestClient();
      await logIn(client);
      const {el, harness} = await setupTest({client});
      await harness.until((h) => h.message === `Logged in as ${MEMBER}.`);
      const spy = sinon.spy();
      el.addEventListener('portico-logout', spy);
      await harness.logOut();
      expect(client.session.isLoggedIn).to.be.false;
      expect(spy).to.have.been.calledOnce;
      expect(harness.inputLabel).to.equal('Email');
    });

    it('should be accessible', async () => {
      const client = createTestClient();
      await logIn(client);
      const {el, harness} = await setupTest({client});
      await harness.until((h) => h.message !== '');
      await expect(el).to.be.accessible();
    });
  });

  describe('with lang="fr"', () => {
    it('should speak French', async () => {
      const {harness} = await setupTest({lang: 'fr'});
      expect(harness.inputLabel).to.equal('E-mail');
      expect(harness.submitButton!.textContent!.trim()).to.equal('Recevoir un code');
    });
  });

  describe('with an email attribute', () => {
    it('should prefill the field', async () => {
      const el = await fixture<PorticoLogin>(
        html`<portico-login email=${MEMBER} .client=${createTestClient()}></portico-login>`,
      );
      expect(new PorticoLoginHarness(el).input!.value).to.equal(MEMBER);
    });
  });
});
