/// <reference types="mocha" />
// The states every element that shows a member's data has, tested the same way for each:
// signed out, loading, and a failure to load that Retry recovers from.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {delay, http} from 'msw';
import sinon from 'sinon';
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';
import {worker} from './mock-api.js';
import {problem} from './problem.js';
import {expectAccessibleInEveryTheme} from './themes.js';
import {expectTabToLandOn} from './keyboard.js';
import {spyOnEvent} from './spy-on-event.js';

type AnyHarness = PorticoElementHarness<HarnessedElement>;

export interface DataStates<H extends AnyHarness, S extends {harness: H}> {
  /** The msw path of the request the element loads its data with. */
  url: string;
  /** Renders the element for its usual member, or for nobody (`{member: null}`). */
  setup: (options: {member?: null}) => Promise<S>;
  /**
   * What it says to a visitor, e.g. `Sign in to see your profile.`; by default the shared
   * `Sign in to see this.`
   */
  signedOut?: string;
  /** What its live region says while loading, e.g. `Loading your profile…` */
  loading: string;
  /** Its reason when loading fails, e.g. `Your profile could not be loaded.` */
  failed: string;
  /** It shows its data. */
  ready: (harness: H) => boolean;
  /** What else it shows while loading. */
  checkLoading?: (harness: H) => void;
  /** What else it shows signed out (after Sign in was pressed), given what `setup` returned. */
  checkSignedOut?: (setup: S) => void;
  /** What else it shows once Retry has loaded its data. */
  checkRecovered?: (harness: H) => void;
}

/**
 * `describe`s for the signed-out, loading and failed states of an element: what it says, its
 * events (`portico-needs-sign-in`, `portico-error`), Retry, and axe in every theme.
 */
export function describeDataStates<H extends AnyHarness, S extends {harness: H}>(
  states: DataStates<H, S>,
): void {
  describe('when signed out', () => {
    it('should ask to sign in and emit portico-needs-sign-in', async () => {
      const setup = await states.setup({member: null});
      const {harness} = setup;
      const el = harness.element;
      const signIn = spyOnEvent(el, 'portico-needs-sign-in');
      await harness.until((h) => h.signInButton !== null);
      expect(harness.text).to.contain(states.signedOut ?? 'Sign in to see this.');
      harness.signInButton!.click();
      expect(signIn).to.have.been.calledOnce;
      states.checkSignedOut?.(setup);
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });
  });

  describe('when loading', () => {
    it('should show a skeleton, say it is loading and be busy', async () => {
      worker.use(http.get(states.url, () => delay('infinite')));
      const {harness} = await states.setup({});
      await harness.until((h) => h.announcement === states.loading);
      expect(harness.root.querySelector('.skeleton')).to.exist;
      // aria-busy on the base: a screen reader waits for the content instead of reading a skeleton.
      expect(harness.isLoading, 'aria-busy on the base').to.be.true;
      states.checkLoading?.(harness);
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });
  });

  describe('when loading fails', () => {
    it('should show the reason, emit portico-error and recover on Retry', async () => {
      // Fails until Retry (a realtime reconnect must not hide the error state first).
      const recover = failUntilRecovered('get', states.url);
      // On the document before the element exists: portico-error bubbles out of its shadow root.
      const errors = sinon.spy();
      document.addEventListener('portico-error', errors);
      try {
        const {harness} = await states.setup({});
        const el = harness.element;
        await harness.until((h) => h.retryButton !== null);
        expect(harness.error).to.contain(states.failed);
        expect(errors).to.have.been.called;
        await expectAccessibleInEveryTheme(el, el.parentElement!);
        recover();
        harness.retryButton!.click();
        await harness.until(states.ready);
        states.checkRecovered?.(harness);
      } finally {
        document.removeEventListener('portico-error', errors);
      }
    });
  });
}

/**
 * `method url` answers 503 `service_unavailable` until `recover()` is called: the element's
 * error shows, and its next try (Retry) reaches the mock server again.
 */
export function failUntilRecovered(method: 'get' | 'post' | 'patch', url: string): () => void {
  let failing = true;
  worker.use(http[method](url, () => (failing ? problem(503, 'service_unavailable') : undefined)));
  return () => {
    failing = false;
  };
}

/** `GET url` answers 503 once; the next request (Retry) reaches the mock server again. */
export function failOnce(url: string): void {
  worker.use(
    http.get(url, () => problem(503, 'service_unavailable', 'Service unavailable'), {once: true}),
  );
}

/**
 * `it()`: once loading failed, Tab reaches Retry and Enter reloads until `ready`, and focus
 * stays in the element (on its `base` part, with `focusBase`) instead of falling to the page.
 */
export function itRetriesWithTheKeyboard<H extends AnyHarness>(
  setup: () => Promise<{harness: H}>,
  ready: (harness: H) => boolean,
  {focusBase = false} = {},
): void {
  it('should reach Retry with Tab, activate it with Enter, and keep focus in the widget', async () => {
    const {harness} = await setup();
    await harness.until((h) => h.retryButton !== null);
    await expectTabToLandOn(harness, harness.retryButton);
    await sendKeys({press: 'Enter'});
    await harness.until(ready);
    expect(document.activeElement).to.equal(harness.element);
    if (focusBase) expect(harness.focused).to.have.attribute('part', 'base');
  });
}
