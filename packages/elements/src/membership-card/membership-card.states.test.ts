/// <reference types="mocha" />
// The card's states: every status badge, loading, and a failure with Retry.
import {expect} from '@open-wc/testing';
import type {MembershipStatus} from '@portico/sdk';
import {delay, http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {failOnce, itRetriesWithTheKeyboard} from '../../test/helpers/data-states.js';
import {createTestClient, logIn, worker} from '../../test/helpers/mock-api.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './membership-card.js';
import {
  current,
  describeMembershipCard,
  MEMBERSHIP,
  ready,
  setupLoaded,
  setupTest,
} from '../../test/helpers/membership-card.js';

describeMembershipCard(() => {
  describe('status badges', () => {
    const statuses: [MembershipStatus, string, string][] = [
      ['pending', 'Pending', 'badge--info'],
      ['active', 'Active', 'badge--success'],
      ['inactive', 'Inactive', 'badge--neutral'],
      ['expired', 'Expired', 'badge--warning'],
      ['cancelled', 'Cancelled', 'badge--error'],
    ];

    for (const [status, text, badge] of statuses) {
      it(`should show ${status} as "${text}" with its own colour`, async () => {
        const client = createTestClient();
        await logIn(client, 'ada@example.com');
        const membership = await current(client);
        worker.use(
          http.get(MEMBERSHIP, () => HttpResponse.json({membership: {...membership, status}})),
        );
        const {harness, el, wrapper} = await setupLoaded();
        expect(harness.status).to.equal(`Status: ${text}`);
        expect(harness.statusBadge!.classList.contains(badge)).to.be.true;
        if (status === 'inactive' || status === 'cancelled') {
          await expectAccessibleInEveryTheme(el, wrapper);
        }
      });
    }
  });

  describe('when loading', () => {
    beforeEach(() => {
      worker.use(http.get(MEMBERSHIP, () => delay('infinite')));
    });

    it('should show a skeleton and say it is loading', async () => {
      const {el, harness} = await setupTest();
      expect(harness.announcement).to.equal('Loading your membership…');
      expect(el.shadowRoot!.querySelector('.skeleton-frame')).to.have.attribute(
        'aria-hidden',
        'true',
      );
      expect(harness.planName).to.equal('');
    });

    it('should be accessible', async () => {
      const {el, wrapper} = await setupTest();
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('when loading fails', () => {
    beforeEach(() => failOnce(MEMBERSHIP));

    it('should say why, emit portico-error, and recover with Retry', async () => {
      const spy = sinon.spy();
      document.addEventListener('portico-error', spy);
      try {
        const {harness} = await setupTest();
        await harness.until((h) => h.retryButton !== null);
        expect(harness.error).to.equal(
          'Your membership could not be loaded. The service is unavailable, please try again shortly.',
        );
        expect(spy).to.have.been.calledOnce;
        expect(spy.firstCall.args[0].detail.error.code).to.equal('service_unavailable');
        harness.retryButton!.click();
        await harness.until(ready);
        expect(harness.error).to.equal('');
      } finally {
        document.removeEventListener('portico-error', spy);
      }
    });

    itRetriesWithTheKeyboard(setupTest, ready);

    itIsAccessibleInEveryTheme(setupTest, (h) => h.retryButton !== null);
  });
});
