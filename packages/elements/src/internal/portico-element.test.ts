/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {mount} from '../../test/helpers/mount.js';
import {html as litHtml} from 'lit';
import sinon from 'sinon';
import {PorticoElement} from './portico-element.js';

class PorticoTestElement extends PorticoElement {
  override render() {
    return litHtml`<span>${this.resolvedLang}</span>`;
  }
}
PorticoTestElement.define('portico-test-element');

/** Puts a test element inside the shadow root of another, to check `lang` across roots. */
class PorticoTestShell extends PorticoElement {
  override render() {
    return litHtml`<portico-test-element></portico-test-element>`;
  }
}
PorticoTestShell.define('portico-test-shell');

describe('PorticoElement', () => {
  describe('define()', () => {
    it('should do nothing when the same class is defined again', () => {
      expect(() => PorticoTestElement.define('portico-test-element')).not.to.throw();
      expect(customElements.get('portico-test-element')).to.equal(PorticoTestElement);
    });

    it('should fail clearly when another class has the tag', () => {
      class Other extends PorticoElement {}
      expect(() => Other.define('portico-test-element')).to.throw(
        /Failed to define <portico-test-element>: the tag is already taken by another class/,
      );
    });
  });

  describe('emit()', () => {
    it('should dispatch a bubbling, composed, non-cancelable event with its detail', async () => {
      const el = await fixture<PorticoTestElement>(
        html`<portico-test-element></portico-test-element>`,
      );
      const spy = sinon.spy();
      document.addEventListener('portico-error', spy);
      const error = {code: 'network_error'} as never;
      const event = el.emit('portico-error', {detail: {error}});
      document.removeEventListener('portico-error', spy);
      expect(spy).to.have.been.calledOnceWith(event);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.cancelable).to.be.false;
      expect(event.detail.error).to.equal(error);
    });
  });

  describe('resolvedLang', () => {
    it('should use the closest lang attribute', async () => {
      const wrapper = await mount(
        html`<div lang="fr"><portico-test-element></portico-test-element></div>`,
      );
      expect(wrapper.querySelector('portico-test-element')!.resolvedLang).to.equal('fr');
    });

    it('should look through shadow roots', async () => {
      const wrapper = await mount(
        html`<div lang="fr-CA"><portico-test-shell></portico-test-shell></div>`,
      );
      const shell = wrapper.querySelector('portico-test-shell')!;
      const inner = shell.shadowRoot!.querySelector('portico-test-element')!;
      expect(inner.resolvedLang).to.equal('fr-CA');
    });

    it('should skip an empty lang and fall back to the document', async () => {
      const previous = document.documentElement.lang;
      document.documentElement.lang = 'fr';
      try {
        const wrapper = await mount(
          html`<div lang=""><portico-test-element></portico-test-element></div>`,
        );
        expect(wrapper.querySelector('portico-test-element')!.resolvedLang).to.equal('fr');
        document.documentElement.removeAttribute('lang');
        expect(wrapper.querySelector('portico-test-element')!.resolvedLang).to.equal('en');
      } finally {
        document.documentElement.lang = previous;
      }
    });

    it('should re-render when an ancestor changes language', async () => {
      const wrapper = await mount(
        html`<div lang="en"><portico-test-element></portico-test-element></div>`,
      );
      const el = wrapper.querySelector('portico-test-element')!;
      wrapper.setAttribute('lang', 'fr');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('fr');
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'portico-test-element': PorticoTestElement;
    'portico-test-shell': PorticoTestShell;
  }
}
