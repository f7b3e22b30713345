// The phone-width check the community elements' tests run on their longest values.
import {expect} from '@open-wc/testing';
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';
import {RTL_TEXT} from './community.js';

/** A phone's width, in CSS pixels. */
export const PHONE = 390;

/**
 * Lays `wrapper` out at a phone's width, waits until any Markdown has rendered (not its
 * plain-text stand-in), and checks the element does not scroll sideways and shows the
 * right-to-left text.
 */
export async function expectFitsPhone(
  harness: PorticoElementHarness<HarnessedElement>,
  el: HTMLElement,
  wrapper: HTMLElement,
): Promise<void> {
  wrapper.style.width = `${PHONE}px`;
  // The renderer is a lazy chunk: until it loads, Markdown shows as its plain-text stand-in.
  await harness.until(() => !harness.root.querySelector('.markdown-plain'));
  expect(el.scrollWidth).to.be.at.most(PHONE);
  expect(harness.text).to.contain(RTL_TEXT);
}
