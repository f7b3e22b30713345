/// <reference types="mocha" />
// The community elements in a space that does not run their part (`Space.features` off, its
// routes 404): the element shows nothing at all (no error, no "Sign in", no empty frame),
// while an element of a part the space runs shows as usual beside it.
import {expect, html} from '@open-wc/testing';
import type {Features} from '@portico/sdk';
import sinon from 'sinon';
import {createTestClient, logIn, serveSpaceWithout} from '../../test/helpers/mock-api.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {mount} from '../../test/helpers/mount.js';
import '../directory/directory.js';
import '../events/events.js';
import '../posts/posts.js';
import type {PorticoClientElement} from './portico-client-element.js';

/** Each part's element, once as a list and once opened on one item; and an element still on. */
const PARTS = [
  {
    feature: 'events',
    views: [
      html`<portico-events></portico-events>`,
      html`<portico-events event-id="evt_pitch_practice"></portico-events>`,
    ],
    other: 'portico-posts',
  },
  {
    feature: 'directory',
    views: [html`<portico-directory></portico-directory>`],
    other: 'portico-events',
  },
  {
    feature: 'posts',
    views: [
      html`<portico-posts></portico-posts>`,
      html`<portico-posts post-id="post-coffee"></portico-posts>`,
    ],
    other: 'portico-directory',
  },
] as const satisfies readonly {feature: keyof Features; views: unknown[]; other: string}[];

const shows = (el: Element) => el.shadowRoot?.querySelector('[part~="base"]') !== null;
const shadowText = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

async function until(predicate: () => boolean): Promise<void> {
  for (const deadline = performance.now() + 4_000; !predicate();) {
    if (performance.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeElement('a community element whose part is off', () => {
  for (const {feature, views, other} of PARTS) {
    for (const member of ['ada@example.com', null]) {
      const who = member ? 'a member' : 'a visitor';
      it(`should show nothing for ${who} where the space does not run ${feature} (${views.length} views)`, async () => {
        serveSpaceWithout(feature);
        const client = createTestClient();
        if (member) await logIn(client, member);
        const failed = sinon.spy();
        for (const view of views) {
          const wrapper = await mount(
            html`<div @portico-error=${failed}>
              ${view}
              <hr />
              <div class="other"></div>
            </div>`,
          );
          const el = wrapper.firstElementChild as PorticoClientElement;
          el.client = client;
          // A part the space still runs, on the same page: it shows (or asks to sign in).
          const sibling = document.createElement(other) as PorticoClientElement;
          sibling.client = client;
          wrapper.querySelector('.other')!.append(sibling);
          await until(() => shows(sibling) && !sibling.shadowRoot!.querySelector('.skeleton'));
          await until(() => !shows(el));
          // Stays so once every request has answered (the part's routes answer 404).
          await new Promise((resolve) => setTimeout(resolve, 300));
          await el.updateComplete;
          expect(shows(el), `${el.localName} shows a frame`).to.be.false;
          expect(shadowText(el)).to.equal('');
          expect(el.getBoundingClientRect().height).to.equal(0);
          expect(shows(sibling)).to.be.true;
          wrapper.remove();
        }
        expect(failed.called, 'portico-error fired').to.be.false;
      });
    }
  }
});
