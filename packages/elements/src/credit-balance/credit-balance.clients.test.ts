/// <reference types="mocha" />
// Where the balance gets its client: a provider, its own api and space attributes, or none.
import {expect, fixture, html} from '@open-wc/testing';
import {mount} from '../../test/helpers/mount.js';
import sinon from 'sinon';
import {API, logIn, SPACE} from '../../test/helpers/mock-api.js';
import '../provider/provider.js';
import type {PorticoProvider} from '../provider/provider.component.js';
import './credit-balance.js';
import type {PorticoCreditBalance} from './credit-balance.component.js';
import {PorticoCreditBalanceHarness} from './credit-balance.harness.js';
import {describeCreditBalance} from '../../test/helpers/credit-balance.js';

describeCreditBalance(
  () => {
    describe('inside <portico-provider>', () => {
      it('should read through the provider client and follow its locale', async () => {
        const provider = await fixture<PorticoProvider>(html`
          <portico-provider api=${API} space=${SPACE} locale="fr">
            <portico-credit-balance></portico-credit-balance>
          </portico-provider>
        `);
        const el = provider.querySelector('portico-credit-balance')!;
        const harness = new PorticoCreditBalanceHarness(el);
        await harness.settled();
        expect(el.resolvedClient).to.equal(provider.providedClient);
        expect(harness.message).to.equal('Connectez-vous pour voir vos crédits.');
        await logIn(provider.providedClient!);
        await harness.until((h) => h.total !== '');
        expect(harness.label).to.match(/^crédits?$/);
      });

      it('should find a provider that upgrades after it', async () => {
        sinon.stub(console, 'warn'); // "no client" until the provider upgrades
        const host = await mount(html`<div></div>`);
        // An undefined tag stands in for a provider whose script has not run yet.
        const late = document.createElement('portico-test-late-provider');
        late.setAttribute('space', SPACE);
        late.innerHTML = '<portico-credit-balance></portico-credit-balance>';
        host.append(late);
        const el = late.querySelector('portico-credit-balance')!;
        await el.updateComplete;
        expect(el.resolvedClient).to.be.undefined;
        const {PorticoProvider} = await import('../provider/provider.component.js');
        customElements.define('portico-test-late-provider', class extends PorticoProvider {});
        await (late as PorticoProvider).updateComplete;
        await el.updateComplete;
        expect(el.resolvedClient).to.equal((late as PorticoProvider).providedClient);
      });
    });

    describe('with api and space attributes (no provider)', () => {
      it('should share one client between widgets with the same attributes', async () => {
        const wrapper = await mount(
          html`<div>
            <portico-credit-balance api=${API} space=${SPACE}></portico-credit-balance>
            <portico-credit-balance api=${API + '/'} space=${SPACE}></portico-credit-balance>
          </div>`,
        );
        const [a, b] = wrapper.querySelectorAll('portico-credit-balance');
        expect(a!.resolvedClient).to.exist;
        expect(a!.resolvedClient).to.equal(b!.resolvedClient);
      });

      it('should default the api to /v1 on the page origin', async () => {
        const el = await fixture<PorticoCreditBalance>(
          html`<portico-credit-balance space=${SPACE}></portico-credit-balance>`,
        );
        const other = await fixture<PorticoCreditBalance>(
          html`<portico-credit-balance api=${API} space=${SPACE}></portico-credit-balance>`,
        );
        expect(el.resolvedClient).to.equal(other.resolvedClient);
      });
    });

    describe('without a client', () => {
      it('should say it is not connected, and tell the developer why', async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<PorticoCreditBalance>(
          html`<portico-credit-balance></portico-credit-balance>`,
        );
        const harness = new PorticoCreditBalanceHarness(el);
        await harness.until((h) => h.error !== '');
        expect(harness.error).to.equal('This widget is not connected to a Portico API.');
        expect(warn).to.have.been.calledWithMatch(/portico-credit-balance> has no client/);
        await expect(el).to.be.accessible();
      });
    });
  },
  {storedKeys: /^portico:(session|cache):/},
);
