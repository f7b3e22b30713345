// Ben, on an entries plan, checks in for today on examples/html in a third browser.
import {openTab} from '../lib/browser.mjs';
import {click, textOf, waitForText} from '../lib/elements.mjs';
import {signIn} from '../lib/login.mjs';
import {BEN, ENTRIES} from '../lib/seed.mjs';

export async function benChecksIn({browser, journey, site, tabs}) {
  const c = await openTab(browser, `${site.url}/`);
  tabs.ben = c;
  await journey.step(
    'Ben (an entries plan) signs in in a third browser and checks in for today: one entry fewer',
    async () => {
      await signIn(c.page, site, BEN, {profile: 'skip'});
      const left = async () =>
        Number((await textOf(c.page, ENTRIES, '[part~="remaining"]')).match(/^(\d+) of/)?.[1]);
      await waitForText(c.page, ENTRIES, '[part~="remaining"]', /^\d+ of \d+ entries left/);
      const before = await left();
      await click(c.page, ENTRIES, 'button[part~="check-in-button"]', {
        text: 'Check in for today',
      });
      await waitForText(c.page, ENTRIES, '[part~="reason"]', /You are checked in for today/);
      await waitForText(c.page, ENTRIES, '[part~="remaining"]', new RegExp(`^${before - 1} of`));
      const disabled = await c.page.evaluate(
        (host) =>
          document.querySelector(host).shadowRoot.querySelector('[part~="check-in-button"]')
            .disabled,
        ENTRIES,
      );
      if (!disabled) throw new Error('the check-in button is still enabled after checking in');
      return `${before} → ${await left()} entries left; the button is disabled with the reason`;
    },
  );
}
