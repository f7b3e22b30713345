// Ada on the demo portal's Community page: she finds a designer in the member directory and
// writes to him through the space, then reads an article and replies to it; the screenshots
// of docs/portal/ at 1280 px and 390 px.
import {clickButton, clickOn, navTo, onPage, textIn, typeInto, waitFor} from '../lib/portal.mjs';
import {sleep, until} from '../lib/until.mjs';

const TABS = 'portico-portal-community';
const DIRECTORY = 'portico-directory';
const POSTS = 'portico-posts';

/** Members (search, message) and Posts (open, reply) on the Community page. */
export async function community(demo) {
  const {page} = demo;
  await navTo(page, 'Community');
  const state = await onPage(page, 'community', /^Community$/);
  await demo.check('the navigation offers the Community page', state.links.includes('Community'));
  await clickButton(page, TABS, 'Members');
  await waitFor(page, DIRECTORY, '[part~="member"]');
  await typeInto(page, DIRECTORY, '[part~="search"]', 'branding');
  const found = await until('the search for "branding"', async () => {
    const text = await textIn(page, DIRECTORY);
    return text.includes('Farid Haddad') && !text.includes('Dan Brooks') ? text : false;
  });
  await demo.check(
    'searching the directory for a skill lists the members who show it',
    found.includes('Ben Okafor') && !found.includes('@example.com'),
    found.slice(0, 200),
  );
  await clickButton(page, DIRECTORY, 'Send a message');
  await typeInto(page, DIRECTORY, 'textarea', 'Hello Ben, could you look at our menu?');
  await clickButton(page, DIRECTORY, 'Send');
  const sent = await until('the message is sent', async () =>
    /Message sent to Ben Okafor\./.test(await textIn(page, DIRECTORY)),
  );
  await demo.check('a message to a member goes through the space', sent);
  await clickButton(page, DIRECTORY, 'Clear filters');
  await waitFor(page, DIRECTORY, '[data-id="mem_kemi"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await sleep(500);
  await demo.screenshot(page, 'desktop-light-community-members');

  await clickButton(page, TABS, 'Posts');
  const open = await waitFor(page, POSTS, '[part~="open-button"]', {
    text: 'How we choose our coffee',
  });
  await open.click();
  await open.dispose();
  await waitFor(page, POSTS, '[part~="reply-form"]');
  await typeInto(page, POSTS, 'textarea', 'Oat milk would be lovely too.');
  await clickButton(page, POSTS, 'Reply');
  const replied = await until('the reply shows', async () =>
    /You .*Oat milk would be lovely too\./.test(await textIn(page, POSTS)),
  );
  await demo.check('a reply to an article shows as the member’s own', replied);
  await sleep(500);
  await demo.screenshot(page, 'desktop-light-community-post');
  const desktop = page.viewportSize();
  await page.setViewportSize({width: 390, height: 844});
  await page.evaluate(() => window.scrollTo(0, 0));
  await sleep(500);
  await demo.screenshot(page, 'phone-community-post');
  await clickOn(page, POSTS, '[part~="back-button"]');
  await waitFor(page, POSTS, '[part~="list"]');
  await sleep(300);
  await demo.screenshot(page, 'phone-community-posts');
  await clickButton(page, TABS, 'Members');
  await waitFor(page, DIRECTORY, '[part~="member"]');
  await sleep(500);
  await demo.screenshot(page, 'phone-community-members');
  await page.setViewportSize(desktop);
}
