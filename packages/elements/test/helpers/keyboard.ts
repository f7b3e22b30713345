import {sendKeys} from '@web/test-runner-commands';

/** Takes focus off whatever has it, then presses Tab: where a keyboard user arriving lands. */
export async function tabFromThePage(): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await sendKeys({press: 'Tab'});
}
