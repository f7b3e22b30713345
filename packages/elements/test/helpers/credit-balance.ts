/// <reference types="mocha" />
// Shared by the credit balance's test files: a balance bound to a test client.
import type {PorticoClient} from '@portico/sdk';
import {html} from 'lit';
import sinon from 'sinon';
import {createTestClient, logIn, resetMockApi, SPACE} from './mock-api.js';
import {mountElement} from './mount.js';
import {clearSharedClients} from '../../src/internal/client-registry.js';
import '../../src/credit-balance/credit-balance.js';
import {PorticoCreditBalanceHarness} from '../../src/credit-balance/credit-balance.harness.js';

export const CREDITS = `*/v1/spaces/${SPACE}/me/credits`;

export interface SetupOptions {
  client?: PorticoClient;
  loggedIn?: boolean;
  lang?: string;
  showBuckets?: boolean;
}

/** A credit balance bound to a test client (logged in as the seeded member unless told). */
export async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  if (options.loggedIn !== false) await logIn(client);
  const {el, harness} = await mountElement(
    'portico-credit-balance',
    PorticoCreditBalanceHarness,
    html`<portico-credit-balance .client=${client} ?show-buckets=${options.showBuckets}>
      <a slot="signed-out" href="#login">Go to sign-in</a>
    </portico-credit-balance>`,
    options.lang,
  );
  return {el, harness, client};
}

/** What the API says the member has, read without going through the element's store. */
export async function balanceOf(client: PorticoClient) {
  return client.credits.get();
}

/**
 * A fresh seeded space before each test; no shared client or spy after it.
 * @param storedSessions the file's clients keep their session in localStorage (a provider, or
 * `api` and `space` attributes): remove what they stored. Only theirs: test files run side by
 * side on this origin, and a session removed under another page's client signs it out.
 */
export function useCreditTestHooks({storedSessions = false} = {}): void {
  beforeEach(async () => {
    await resetMockApi();
  });

  afterEach(() => {
    clearSharedClients();
    if (storedSessions) {
      for (const key of Object.keys(localStorage)) {
        if (/^portico:(session|cache):/.test(key)) localStorage.removeItem(key);
      }
    }
    sinon.restore();
  });
}
