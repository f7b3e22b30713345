/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {autoload} from './autoloader.js';

/** A loader that defines `tag` (as an element's file would) and counts its calls. */
function loaderFor(tag: string) {
  const loader = Object.assign(
    async () => {
      loader.calls++;
      if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
    },
    {calls: 0},
  );
  return loader;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autoload()', () => {
  let root: HTMLElement;
  let stops: (() => void)[] = [];
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
    root.remove();
  });

  it('should load the element of a tag already on the page, once, and upgrade it', async () => {
    root.innerHTML =
      '<portico-test-early></portico-test-early><portico-test-early></portico-test-early>';
    const loader = loaderFor('portico-test-early');
    stops.push(autoload({'portico-test-early': loader}, root));
    await settle();
    expect(loader.calls).to.equal(1);
    expect(root.querySelector('portico-test-early')?.matches(':defined')).to.equal(true);
  });

  it('should load a tag when the page adds it later, also inside other markup', async () => {
    const loader = loaderFor('portico-test-late');
    stops.push(autoload({'portico-test-late': loader}, root));
    await settle();
    expect(loader.calls, 'nothing on the page uses it yet').to.equal(0);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<p><portico-test-late></portico-test-late></p>';
    root.append(wrapper);
    await settle();
    expect(loader.calls).to.equal(1);
    expect(root.querySelector('portico-test-late')?.matches(':defined')).to.equal(true);
  });

  it('should try a failed load again when the tag next appears', async () => {
    let fail = true;
    const loader = loaderFor('portico-test-retry');
    const flaky = () => (fail ? Promise.reject(new Error('offline')) : loader());
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      stops.push(autoload({'portico-test-retry': flaky}, root));
      root.append(document.createElement('portico-test-retry'));
      await settle();
      expect(errors, 'the failure is reported').to.have.length(1);
      fail = false;
      root.append(document.createElement('portico-test-retry'));
      await settle();
      expect(loader.calls).to.equal(1);
    } finally {
      console.error = original;
    }
  });
});
