/// <reference types="mocha" />
// Shared by the shop's test files: a shop bound to a test client, and the hooks every file uses.
import {html} from '@open-wc/testing';
import type {PorticoClient, PorticoClientOptions} from '@portico/sdk';
import {describeElement} from './hooks.js';
import {createTestClient, logIn, SPACE} from './mock-api.js';
import {mount} from './mount.js';
import '../../src/credit-balance/credit-balance.js';
import {PorticoCreditBalanceHarness} from '../../src/credit-balance/credit-balance.harness.js';
import '../../src/shop/shop.js';
import {PorticoShopHarness} from '../../src/shop/shop.harness.js';

export const PRODUCTS = `*/v1/spaces/${SPACE}/products`;

export interface SetupOptions {
  client?: PorticoClient;
  /** Who signs in first (`null`: nobody). */
  member?: string | null;
  lang?: string;
  attributes?: {category?: string; productIds?: string; layout?: string};
}

/**
 * The API base of this file's clients. A cart is kept per API, space and member, and test
 * files run side by side on one origin: each file gives its clients its own (made-up) API
 * host, which msw answers all the same, so one file's carts never show up in another's.
 */
let api: string | undefined;

/** A client of the mock API on this file's API host. */
export const createShopClient = (options: Partial<PorticoClientOptions> = {}) =>
  createTestClient({...(api ? {baseUrl: api} : {}), ...options});

/** A shop (Ada signed in unless told) whose catalogue and kept cart have loaded. */
export async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createShopClient();
  const member = options.member === undefined ? 'ada@example.com' : options.member;
  if (member && !client.session.isLoggedIn) await logIn(client, member);
  const {category, productIds, layout} = options.attributes ?? {};
  const wrapper = await mount(html`
    <div lang=${options.lang ?? 'en'}>
      <portico-shop
        .client=${client}
        category=${category ?? 'all'}
        product-ids=${productIds ?? ''}
        layout=${layout ?? 'grid'}
      ></portico-shop>
    </div>
  `);
  const el = wrapper.querySelector('portico-shop')!;
  const harness = new PorticoShopHarness(el);
  await harness.until(
    (h) => (h.productIds.length > 0 && h.cartReady) || h.text.includes('Nothing'),
  );
  return {el, harness, client, wrapper};
}

/** Ada signed in, a credit balance and a shop on one page, sharing her client. */
export async function setupShopAndBalance() {
  const client = createShopClient();
  await logIn(client);
  const wrapper = await mount(
    html`<div>
      <portico-credit-balance .client=${client}></portico-credit-balance>
      <portico-shop .client=${client}></portico-shop>
    </div>`,
  );
  const shop = new PorticoShopHarness(wrapper.querySelector('portico-shop')!);
  const balance = new PorticoCreditBalanceHarness(wrapper.querySelector('portico-credit-balance')!);
  return {client, wrapper, shop, balance};
}

/** Waits for the server's quote of the cart. */
export const quoted = (h: PorticoShopHarness) => h.canCheckout && !h.isQuoting;

/**
 * `describe('<portico-shop>')` with {@link describeElement}'s hooks, and no kept cart after each
 * test. The file's clients use `apiHost`, e.g. `https://checkout.test` (see `api` above).
 */
export function describeShop(apiHost: string, tests: () => void): void {
  describeElement(
    'portico-shop',
    () => {
      api = `${apiHost}/v1`;
      tests();
    },
    {storedKeys: /^portico:cart:/},
  );
}
