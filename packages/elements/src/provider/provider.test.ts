/// <reference types="mocha" />
import {aTimeout, expect, fixture, fixtureSync, html} from '@open-wc/testing';
import sinon from 'sinon';
import {API, createTestClient, SPACE} from '../../test/helpers/client.js';
import {mount} from '../../test/helpers/mount.js';
import {addMessages} from '../i18n/index.js';
import {clearSharedClients} from '../internal/client-registry.js';
import './provider.js';
import type {PorticoProvider} from './provider.component.js';

describe('<portico-provider>', () => {
  afterEach(() => {
    clearSharedClients();
    sinon.restore();
  });

  describe('with api and space', () => {
    it('should create one client for that API and space', async () => {
      const el = await fixture<PorticoProvider>(
        html`<portico-provider api=${API} space=${SPACE}></portico-provider>`,
      );
      expect(el.providedClient).to.exist;
    });

    it('should share the client with another provider for the same API and space', async () => {
      const wrapper = await mount(
        html`<div>
          <portico-provider api=${API} space=${SPACE}></portico-provider>
          <portico-provider space=${SPACE}></portico-provider>
          <portico-provider api=${API} space="other"></portico-provider>
        </div>`,
      );
      const [a, b, c] = [...wrapper.querySelectorAll('portico-provider')].map(
        (el) => el.providedClient,
      );
      expect(a).to.equal(b);
      expect(a).not.to.equal(c);
    });

    it('should render its children as they are', async () => {
      const el = await fixture<PorticoProvider>(
        html`<portico-provider space=${SPACE}><p>Hello</p></portico-provider>`,
      );
      expect(getComputedStyle(el).display).to.equal('contents');
      expect(el.querySelector('p')!.assignedSlot).to.exist;
    });
  });

  describe('with a client property', () => {
    it('should provide that client', async () => {
      const client = createTestClient();
      const el = await fixture<PorticoProvider>(
        html`<portico-provider space=${SPACE} .client=${client}></portico-provider>`,
      );
      expect(el.providedClient).to.equal(client);
    });
  });

  describe('with locale', () => {
    it('should set its lang, and remove it when locale goes', async () => {
      const el = await fixture<PorticoProvider>(
        html`<portico-provider space=${SPACE} locale="fr"></portico-provider>`,
      );
      expect(el.getAttribute('lang')).to.equal('fr');
      el.locale = undefined;
      await el.updateComplete;
      expect(el.hasAttribute('lang')).to.be.false;
    });

    it("should show the page's content and provide its client while the page's text loads", async () => {
      // French text that has not arrived yet (a slow network): the provider has no text of its
      // own, so nothing it holds waits for it.
      let arrive = () => {};
      addMessages(
        {},
        {fr: () => new Promise((resolve) => (arrive = () => resolve({default: {}})))},
      );
      try {
        const wrapper = fixtureSync<HTMLElement>(
          html`<div lang="fr">
            <portico-provider space=${SPACE}><p>Member area</p></portico-provider>
          </div>`,
        );
        await aTimeout(50);
        const el = wrapper.querySelector<PorticoProvider>('portico-provider')!;
        expect(el.querySelector('p')!.assignedSlot, 'the content shows').to.exist;
        expect(el.providedClient, 'the client is there for the elements inside').to.exist;
      } finally {
        arrive();
      }
    });
  });

  describe('without space or client', () => {
    it('should warn the developer', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<PorticoProvider>(html`<portico-provider></portico-provider>`);
      expect(el.providedClient).to.be.undefined;
      expect(warn).to.have.been.calledWithMatch(/needs a space attribute/);
    });
  });
});
