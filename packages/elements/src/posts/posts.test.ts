/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {getPost} from '@portico/sdk/posts';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {longestPostDetail, longestPostsPage} from '../../test/helpers/community.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {expectFitsPhone} from '../../test/helpers/fits-phone.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {injectedElements, MARKUP_NAME} from '../../test/helpers/markup.js';
import {SPACE, worker} from '../../test/helpers/mock-api.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {problem} from '../../test/helpers/problem.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './posts.js';
import type {PorticoPosts} from './posts.component.js';
import {PorticoPostsHarness} from './posts.harness.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const LIST = `*/v1/spaces/${SPACE}/posts`;
const ONE = `*/v1/spaces/${SPACE}/posts/:postId`;
const REPLY = `*/v1/spaces/${SPACE}/posts/:postId/replies`;
const COFFEE = 'How we choose our coffee';
// Ada's seeded posts: two pinned announcements, then newest first.
const ADA = [
  'Phone booths: 45 minutes, then let someone else in',
  'Opening hours over the holidays',
  'Say hello to this month’s new members',
  COFFEE,
  'Five habits for a quieter open space',
];

const setupTest = elementSetup('portico-posts', PorticoPostsHarness, 'ada@example.com');

const ready = (h: PorticoPostsHarness) => h.isReady;
const setupLoaded = untilReady(setupTest, ready);
const open = (h: PorticoPostsHarness) => h.isOpen;

/** Ada's posts with `title` opened. */
async function openOn(title: string) {
  const setup = await setupLoaded();
  await setup.harness.open(title);
  await setup.harness.until(open);
  return setup;
}

describeElement('portico-posts', () => {
  describe('when signed in', () => {
    it('should list pinned posts first, then newest, with unread ones marked and counted', async () => {
      const {harness} = await setupLoaded();
      expect(harness.titles).to.deep.equal(ADA);
      expect(harness.items.map((i) => [i.pinned, i.unread])).to.deep.equal([
        [true, true],
        [true, false],
        [false, true],
        [false, false],
        [false, true],
      ]);
      expect(harness.badge).to.equal('3 unread');
      expect(harness.items[3]!.category).to.equal('Articles');
    });

    it('should filter by category with pressed chips', async () => {
      const {harness} = await setupLoaded();
      expect(harness.categories).to.deep.equal({
        labels: ['All', 'Announcements', 'Articles', 'House news'],
        pressed: 'All',
      });
      await harness.chooseCategory('Articles');
      await harness.until((h) => h.titles.length === 2);
      expect(harness.titles).to.deep.equal([COFFEE, 'Five habits for a quieter open space']);
      expect(harness.categories.pressed).to.equal('Articles');
      expect(harness.badge, 'the unread count covers every category').to.equal('3 unread');
      await harness.chooseCategory('All');
      await harness.until((h) => h.titles.length === 5);
    });

    it('should open a post with its Markdown body and replies, mark it read, and go back', async () => {
      const {harness, client} = await openOn('Say hello to this month’s new members');
      expect(harness.postTitle).to.equal('Say hello to this month’s new members');
      await harness.until((h) => h.body?.querySelector('strong') !== null);
      expect(harness.body!.querySelector('strong')!.textContent).to.equal('Kemi Adeyemi');
      expect(harness.replies.map((r) => r.author)).to.deep.equal(['Ben Okafor', 'Kemi Adeyemi']);
      const title = harness.root.querySelector('.posts__post-title');
      expect(harness.focused === title, 'focus on the open post').to.be.true;
      const post = await getPost(client, 'post-welcome-december');
      expect(post.read, 'opening marks the post read').to.be.true;
      await harness.back();
      await harness.until(ready);
      await harness.until((h) => h.badge === '2 unread');
      expect(harness.items[2]!.unread).to.be.false;
      expect((harness.focused as HTMLElement).textContent!.trim()).to.equal(
        'Say hello to this month’s new members',
      );
    });

    it('should post a reply, show it as yours, and delete it', async () => {
      const {harness} = await openOn(COFFEE);
      expect(harness.replies).to.have.length(2);
      await harness.reply('More body in winter, please.');
      await harness.until((h) => h.replies.length === 3);
      expect(harness.replies[2]).to.deep.equal({
        author: 'You',
        body: 'More body in winter, please.',
        hidden: false,
      });
      expect(harness.announcement).to.equal('Your reply was posted.');
      expect(harness.textarea!.value).to.equal('');
      expect(harness.deleteButtons).to.have.length(1);
      harness.deleteButtons[0]!.click();
      await harness.until((h) => h.replies.length === 2);
      expect(harness.announcement).to.equal('Your reply was deleted.');
    });

    it('should refuse an empty reply without sending it', async () => {
      const {harness} = await openOn(COFFEE);
      await harness.reply('   ');
      expect(harness.error).to.equal('Write something first.');
      expect(harness.replies).to.have.length(2);
    });

    it('should say why a reply failed and keep what was written', async () => {
      const {harness} = await openOn(COFFEE);
      worker.use(http.post(REPLY, () => problem(503, 'service_unavailable')));
      await harness.reply('Oat milk?');
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.match(/^Your reply could not be sent\./);
      expect(harness.textarea!.value).to.equal('Oat milk?');
    });

    it('should show a closed post without a reply form', async () => {
      const {harness} = await openOn(ADA[0]!);
      expect(harness.replyForm).to.equal(null);
      expect(harness.text).to.contain('Replies are closed for this post.');
    });

    it("should show the author's own hidden reply marked hidden", async () => {
      const setup = await setupLoaded({member: 'dan@example.com'});
      await setup.harness.open(COFFEE);
      await setup.harness.until(open);
      expect(setup.harness.replies.map((r) => r.hidden)).to.deep.equal([false, true, false]);
      expect(setup.harness.text).to.contain('Hidden by the space: only you can see it.');
    });

    it('should open a post from the post-id attribute', async () => {
      const {harness, el} = await setupLoaded();
      (el as PorticoPosts).postId = 'post-coffee';
      await harness.until(open);
      expect(harness.postTitle).to.equal(COFFEE);
    });

    it('should reach every control with the keyboard', async () => {
      const {harness} = await setupLoaded();
      harness.root.querySelector<HTMLElement>('[part~="category"]')!.focus();
      await sendKeys({press: 'Tab'});
      expect(harness.focused?.textContent?.trim()).to.equal('Announcements');
      harness.root.querySelector<HTMLElement>('[part~="open-button"]')!.focus();
      await sendKeys({press: 'Enter'});
      await harness.until(open);
      expect(harness.postTitle).to.equal(ADA[0]);
    });

    it('should show Markdown and member text as text, never as markup', async () => {
      worker.use(
        http.get(ONE, () =>
          HttpResponse.json({
            ...longestPostDetail,
            title: MARKUP_NAME,
            body: `<img src=x onerror=alert(1)> [x](javascript:alert(1)) ${MARKUP_NAME}`,
            replies: [{...longestPostDetail.replies[1]!, body: MARKUP_NAME}],
          }),
        ),
      );
      const {harness, el} = await openOn(COFFEE);
      await harness.until((h) => h.body?.querySelector('.markdown:not(.markdown-plain)') !== null);
      expect(harness.postTitle).to.equal(MARKUP_NAME);
      expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
      expect(harness.body!.querySelector('a[href^="javascript"]')).to.equal(null);
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
    itIsAccessibleInEveryTheme(async () => openOn(COFFEE), open);
  });

  describe('with the longest values at 390 px', () => {
    for (const [what, id] of [
      ['the list', null],
      ['an open post', 'post-longest'],
    ] as const) {
      it(`should not scroll sideways on ${what}`, async () => {
        worker.use(
          http.get(LIST, () => HttpResponse.json(longestPostsPage)),
          http.get(ONE, () => HttpResponse.json(longestPostDetail)),
        );
        const {harness, el, wrapper} = await setupTest();
        (el as PorticoPosts).postId = id;
        await harness.until(id ? open : ready);
        await expectFitsPhone(harness, el, wrapper);
      });
    }
  });

  describe('in French', () => {
    itSpeaksFrench(setupTest, ready, ({harness}) => {
      expect(harness.badge).to.equal('3 non lus');
      expect(harness.categories.labels[0]).to.equal('Tout');
      expect(harness.text).to.contain('Épinglé');
    });
  });

  describeDataStates({
    url: LIST,
    setup: setupTest,
    signedOut: 'Sign in to read the news from your space.',
    loading: 'Loading the posts…',
    failed: 'The posts could not be loaded.',
    ready,
  });
});
