import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

/** Takes focus off whatever has it, then presses Tab: where a keyboard user arriving lands. */
export async function tabFromThePage(): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await sendKeys({press: 'Tab'});
}

/** A keyboard user arriving on the page ({@link tabFromThePage}) lands on `target` first. */
export async function expectTabToLandOn(
  harness: {focused: Element | null},
  target: Element | null | undefined,
): Promise<void> {
  await tabFromThePage();
  expect(harness.focused).to.equal(target);
}
