/// <reference types="mocha" />
// Shared by the credit balance's test files: a balance bound to a test client.
import type {PorticoClient} from '@portico/sdk';
import {html} from 'lit';
import {describeElement, type ElementTestHooks} from './hooks.js';
import {createTestClient, logIn, SPACE} from './mock-api.js';
import {mountElement} from './mount.js';
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

/** `describe('<portico-credit-balance>')` with {@link describeElement}'s hooks. */
export function describeCreditBalance(tests: () => void, hooks?: ElementTestHooks): void {
  describeElement('portico-credit-balance', tests, hooks);
}
