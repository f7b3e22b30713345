/// <reference types="mocha" />
// Shared by the credit balance's test files: a balance bound to a test client.
import type {PorticoClient} from '@portico/sdk';
import {html} from 'lit';
import {describeElement, type ElementTestHooks} from './hooks.js';
import {MEMBER, SPACE} from './mock-api.js';
import {elementSetup, type ElementSetupOptions} from './mount.js';
import '../../src/credit-balance/credit-balance.js';
import type {PorticoCreditBalance} from '../../src/credit-balance/credit-balance.component.js';
import {PorticoCreditBalanceHarness} from '../../src/credit-balance/credit-balance.harness.js';

export const CREDITS = `*/v1/spaces/${SPACE}/me/credits`;

export interface SetupOptions extends ElementSetupOptions {
  showBuckets?: boolean;
}

/** A credit balance bound to a test client (the seeded member signed in unless told). */
export const setupTest = elementSetup<
  PorticoCreditBalance,
  PorticoCreditBalanceHarness,
  SetupOptions
>(
  'portico-credit-balance',
  PorticoCreditBalanceHarness,
  MEMBER,
  (client, options) =>
    html`<portico-credit-balance .client=${client} ?show-buckets=${options.showBuckets}>
      <a slot="signed-out" href="#login">Go to sign-in</a>
    </portico-credit-balance>`,
);

/** What the API says the member has, read without going through the element's store. */
export async function balanceOf(client: PorticoClient) {
  return client.credits.get();
}

/** `describe('<portico-credit-balance>')` with {@link describeElement}'s hooks. */
export function describeCreditBalance(tests: () => void, hooks?: ElementTestHooks): void {
  describeElement('portico-credit-balance', tests, hooks);
}
