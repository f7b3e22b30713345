/// <reference types="mocha" />
// Two members' <portico-posts>, each on its own client: what the space publishes and what
// another member replies (or deletes) shows up live, through the realtime stream, without a reload.
import {expect, html} from '@open-wc/testing';
import {deleteReply, replyToPost, type PublishedPost} from '@portico/sdk/posts';
import {devPost} from '../../test/helpers/client.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {createTestClient, logIn} from '../../test/helpers/mock-api.js';
import {mountElement} from '../../test/helpers/mount.js';
import './posts.js';
import {PorticoPostsHarness} from './posts.harness.js';

const NEWS = 'The roof terrace opens on Monday';
// The realtime stream, a refetch and a render, on a loaded two-core machine.
const LIVE_MS = 8_000;

/** `email`'s `<portico-posts>` on a client of their own, once its list shows. */
async function postsOf(email: string) {
  const client = createTestClient();
  await logIn(client, email);
  const {harness} = await mountElement(
    'portico-posts',
    PorticoPostsHarness,
    html`<portico-posts .client=${client}></portico-posts>`,
  );
  await harness.until((h) => h.isReady);
  return {client, harness};
}

/** The space publishes a post now, as its team would. */
const publish = (title: string) =>
  devPost<PublishedPost>('posts', {
    title,
    summary: 'Chairs, plants and a view: bring your lunch up.',
    body: 'Open **9:00–19:00**, weather permitting.',
    categoryId: 'announcements',
  });

// Each news comes twice: a stream that opens late refetches what it may have missed, which
// could show the first; once it has shown, the streams are open, and only a pushed event
// can show the second.
describeElement('portico-posts: live', () => {
  it('should show every member the posts the space publishes, live, unread and counted', async () => {
    const members = [await postsOf('ada@example.com'), await postsOf('ben@example.com')];
    const unread = members.map(({harness}) => harness.items.filter((i) => i.unread).length);
    for (const [n, title] of [NEWS, `${NEWS}, 8:00 for early birds`].entries()) {
      const published = await publish(title);
      for (const [i, {harness}] of members.entries()) {
        await harness.until((h) => h.titles.includes(title), LIVE_MS);
        // After the pinned posts, as the newest.
        const first = harness.items.findIndex((item) => !item.pinned);
        expect(harness.items[first]).to.deep.include({id: published.id, title, unread: true});
        expect(harness.items.filter((item) => item.unread).length).to.equal(unread[i]! + n + 1);
      }
    }
  });

  it("should show a member's replies live to another member reading the post", async () => {
    const ada = await postsOf('ada@example.com');
    const ben = await postsOf('ben@example.com');
    await ada.harness.open('How we choose our coffee');
    await ada.harness.until((h) => h.isOpen);
    const replies = ada.harness.replies.length;
    for (const [n, body] of ['The Ethiopian one, please!', 'And oat milk.'].entries()) {
      await replyToPost(ben.client, 'post-coffee', {body});
      await ada.harness.until((h) => h.replies.length === replies + n + 1, LIVE_MS);
      expect(ada.harness.replies.at(-1)).to.deep.include({author: 'Ben Okafor', body});
    }
  });

  it("should drop a reply live from another member's open post once its author deletes it", async () => {
    const ben = await postsOf('ben@example.com');
    const bodies = ['The Ethiopian one, please!', 'And oat milk.'];
    const written = [];
    for (const body of bodies) written.push(await replyToPost(ben.client, 'post-coffee', {body}));
    const ada = await postsOf('ada@example.com');
    await ada.harness.open('How we choose our coffee');
    await ada.harness.until((h) => bodies.every((b) => h.replies.some((r) => r.body === b)));
    const replies = ada.harness.replies.length;
    for (const [n, reply] of written.entries()) {
      await deleteReply(ben.client, 'post-coffee', reply.id);
      await ada.harness.until((h) => h.replies.length === replies - n - 1, LIVE_MS);
      expect(ada.harness.replies.map((r) => r.body)).not.to.include(bodies[n]);
    }
    expect(ada.harness.isOpen).to.be.true;
  });
});
