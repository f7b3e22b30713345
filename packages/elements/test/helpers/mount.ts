import {fixtureSync} from '@open-wc/testing';
import {html, type TemplateResult} from 'lit';
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';

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
