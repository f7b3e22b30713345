import {fixtureSync} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {html, type TemplateResult} from 'lit';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';
import {signedInClient} from './mock-api.js';

/**
 * `fixture()` for a template whose root is not a Lit element (a wrapper `<div>`): renders it,
 * then waits for the updates of the Lit elements inside. open-wc's `fixture()` waits for an
 * animation frame instead, and a test page running in a background tab never gets one.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')];
  await Promise.all(
    elements.map((el) => (el as Partial<{updateComplete: Promise<unknown>}>).updateComplete),
  );
  return root;
}

/**
 * Renders `element` (a template of one `<tag>`) in a `<div lang>` wrapper, as a page would,
 * and waits for its first render: the element, its harness and the wrapper.
 */
export async function mountElement<E extends HarnessedElement, H extends PorticoElementHarness<E>>(
  tag: string,
  Harness: new (el: E) => H,
  element: TemplateResult,
  lang = 'en',
): Promise<{el: E; harness: H; wrapper: HTMLElement}> {
  const wrapper = await mount(html`<div lang=${lang}>${element}</div>`);
  const el = wrapper.querySelector(tag) as E;
  const harness = new Harness(el);
  await harness.settled();
  return {el, harness, wrapper};
}

/** What the `setupTest` of {@link elementSetup} takes. */
export interface ElementSetupOptions {
  client?: PorticoClient;
  /** Who signs in first, instead of the element's usual member; `null`: nobody. */
  member?: string | null;
  lang?: string;
}

/**
 * The `setupTest` of an element: `<tag .client>` (or `render(client, options)`, for an element
 * with attributes the test chooses) mounted with {@link mountElement}, `member` (or the test's
 * `member`; `null`: nobody) signed in on the client first.
 */
export function elementSetup<
  E extends HarnessedElement,
  H extends PorticoElementHarness<E>,
  O extends ElementSetupOptions = ElementSetupOptions,
>(
  tag: string,
  Harness: new (el: E) => H,
  member: string | null,
  render: (client: PorticoClient, options: O) => TemplateResult = (client) =>
    staticHtml`<${unsafeStatic(tag)} .client=${client}></${unsafeStatic(tag)}>`,
) {
  // Every option is optional: `{}` is a valid O.
  return async (options: O = {} as O) => {
    const who = options.member === undefined ? member : options.member;
    const client = await signedInClient(options.client, who);
    return {...(await mountElement(tag, Harness, render(client, options), options.lang)), client};
  };
}

/**
 * `setup`, then waits until its element is `ready` (its data shown): where most tests start.
 *
 * @example
 * const setupLoaded = untilReady(setupTest, ready);
 */
export function untilReady<
  S extends {harness: PorticoElementHarness<HarnessedElement>},
  A extends unknown[],
>(setup: (...args: A) => Promise<S>, ready: (harness: S['harness']) => boolean) {
  return async (...args: A): Promise<S> => {
    const rendered = await setup(...args);
    await rendered.harness.until(ready);
    return rendered;
  };
}
