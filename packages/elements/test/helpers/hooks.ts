/// <reference types="mocha" />
// What every element's test file does around each test, and the `describe` that does it.
import sinon from 'sinon';
import {clearSharedClients} from '../../src/internal/client-registry.js';
import {resetMockApi, worker} from './mock-api.js';

export interface ElementTestHooks {
  /**
   * The localStorage keys the file's clients write (carts, sessions of a provider or of `api`
   * and `space` attributes), removed after each test. Only theirs: test files run side by side
   * on this origin, and a session removed under another page's client signs it out.
   */
  storedKeys?: RegExp;
}

/**
 * A fresh seeded space before each test; no shared client, request listener or sinon spy left
 * after it. Sessions are in memory unless `storedKeys` says otherwise: nothing else in
 * localStorage to clear (clearing it would race with test files that run at the same time).
 */
export function useElementTestHooks({storedKeys}: ElementTestHooks = {}): void {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    worker.events.removeAllListeners();
    clearSharedClients();
    if (storedKeys) {
      for (const key of Object.keys(localStorage)) {
        if (storedKeys.test(key)) localStorage.removeItem(key);
      }
    }
    sinon.restore();
  });
}

/** `describe('<tag>')` with {@link useElementTestHooks}, and time for axe in three themes. */
export function describeElement(tag: string, tests: () => void, hooks?: ElementTestHooks): void {
  describe(`<${tag}>`, function () {
    // axe in three themes takes seconds on a loaded two-core machine.
    this.timeout(20_000);
    useElementTestHooks(hooks);
    tests();
  });
}
