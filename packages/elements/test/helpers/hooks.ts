/// <reference types="mocha" />
// What every element's test file does around each test, and the `describe` that does it.
import sinon from 'sinon';
import {clearSharedClients} from '../../src/internal/client-registry.js';
import {resetMockApi} from './mock-api.js';

/**
 * A fresh seeded space before each test; no shared client or sinon spy left after it.
 * Sessions are in memory: nothing in localStorage to clear (clearing it would race with test
 * files that run at the same time on this origin).
 */
export function useElementTestHooks(): void {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    clearSharedClients();
    sinon.restore();
  });
}

/** `describe('<tag>')` with {@link useElementTestHooks}, and time for axe in three themes. */
export function describeElement(tag: string, tests: () => void): void {
  describe(`<${tag}>`, function () {
    // axe in three themes takes seconds on a loaded two-core machine.
    this.timeout(20_000);
    useElementTestHooks();
    tests();
  });
}
