/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import {type KnownNotification, type Notification, type PorticoClient} from '@portico/sdk';
import {listNotifications} from '@portico/sdk/notifications';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {bookFirstFreeSlot} from '../../test/helpers/bookings.js';
import {createTestClient, logIn, SPACE, worker} from '../../test/helpers/mock-api.js';
import {describeDataStates, failUntilRecovered} from '../../test/helpers/data-states.js';
import {postParcel, spaceAnswers, visitorArrives} from '../../test/helpers/front-desk.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {expectedTimeRange} from '../../test/helpers/intl.js';
import {mount, untilReady} from '../../test/helpers/mount.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './notifications.js';
import type {PorticoNotifications} from './notifications.component.js';
import {PorticoNotificationsHarness} from './notifications.harness.js';
import {problem} from '../../test/helpers/problem.js';
import {expectTabToLandOn} from '../../test/helpers/keyboard.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const LIST = `*/v1/spaces/${SPACE}/me/notifications`;
const MARK = `*/v1/spaces/${SPACE}/me/notifications/:id/read`;
// Ada's seeded notifications, newest first: two unread, two read.
const ADA = [
  'Community lunch on Friday',
  '5 credits expire soon',
  'La Verrière booked',
  'Payment received',
];

interface SetupOptions {
  client?: PorticoClient;
  member?: string | null;
  lang?: string;
  unreadOnly?: boolean;
  limit?: number;
}

async function setupTest(options: SetupOptions = {}) {
  const client = options.client ?? createTestClient();
  const member = options.member === undefined ? 'ada@example.com' : options.member;
  if (member && !client.session.isLoggedIn) await logIn(client, member);
  const changed = sinon.spy();
  const wrapper = await mount(
    html`<div lang=${options.lang ?? 'en'} @portico-notifications-changed=${changed}>
      <portico-notifications
        .client=${client}
        ?unread-only=${options.unreadOnly}
        .limit=${options.limit ?? 20}
      ></portico-notifications>
    </div>`,
  );
  const el = wrapper.querySelector<PorticoNotifications>('portico-notifications')!;
  const harness = new PorticoNotificationsHarness(el);
  await harness.settled();
  return {el, harness, client, wrapper, changed};
}

const ready = (h: PorticoNotificationsHarness) => h.isReady;
const setupLoaded = untilReady(setupTest, ready);

/** The first notification of a known kind, with its typed params. */
function ofKind<K extends KnownNotification['kind']>(
  items: readonly Notification[],
  kind: K,
): Extract<KnownNotification, {kind: K}> {
  const found = items.find((item) => item.kind === kind);
  if (!found) throw new Error(`Ada is seeded with a ${kind} notification`);
  return found as Extract<KnownNotification, {kind: K}>;
}

describeElement('portico-notifications', () => {
  describe('when signed in', () => {
    it('should list the notifications newest first with the unread count', async () => {
      const {el, harness, changed} = await setupLoaded();
      expect(harness.titles).to.deep.equal(ADA);
      expect(harness.items.map((item) => item.unread)).to.deep.equal([true, true, false, false]);
      expect(harness.items[0]!.kind).to.equal('Announcement');
      expect(harness.items[0]!.body).to.equal(
        'Bring a dish, we bring the drinks. 12:30 in the Loft.',
      );
      expect(harness.badge).to.equal('2 unread');
      expect(el.unreadCount).to.equal(2);
      expect(el.getAttribute('unread-count')).to.equal('2');
      expect(harness.itemElements[0]!.textContent).to.contain('Unread');
      expect(harness.itemElements[0]!.querySelector('time')!.getAttribute('datetime')).to.match(
        /^\d{4}-\d{2}-\d{2}T/,
      );
      expect(changed).to.have.been.calledOnce;
      expect(changed.firstCall.args[0].detail).to.deep.equal({unreadCount: 2});
      // Read notifications have no "Mark as read" button.
      expect(harness.markReadButton('Payment received')).to.equal(null);
    });

    it('should mark one read, keep focus on it, announce it and emit the new count', async () => {
      const {el, harness, client, changed} = await setupLoaded();
      const button = harness.markReadButton('5 credits expire soon')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Mark as read: 5 credits expire soon',
      );
      await harness.markRead('5 credits expire soon');
      await harness.until((h) => h.badge === '1 unread');
      expect(harness.items[1]!.unread).to.be.false;
      expect(harness.markReadButton('5 credits expire soon')).to.equal(null);
      expect(harness.announcement).to.equal('Marked as read.');
      expect(el.shadowRoot!.activeElement).to.equal(harness.itemElements[1]);
      expect(changed.lastCall.args[0].detail).to.deep.equal({unreadCount: 1});
      // The server agrees.
      const {items} = await listNotifications(client, {unread: true});
      expect(items.map((item) => item.title)).to.deep.equal(['Community lunch on Friday']);
    });

    it('should drop the badge with the item, even when the unread count answers late', async () => {
      const {harness} = await setupLoaded();
      // From now on the unread-only list (the badge's count) answers after the full list.
      let release!: () => void;
      const late = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.get(LIST, async ({request}) => {
          if (new URL(request.url).searchParams.get('unread') !== 'true') return undefined;
          await late;
          return undefined;
        }),
      );
      await harness.markRead('5 credits expire soon');
      await harness.until((h) => !h.items[1]!.unread);
      expect(harness.badge).to.equal('1 unread');
      release();
      await harness.settled();
      expect(harness.badge).to.equal('1 unread');
      expect(harness.items.map((item) => item.unread)).to.deep.equal([true, false, false, false]);
    });

    it('should mark all read and then offer no more "Mark" buttons', async () => {
      const {el, harness, client, changed} = await setupLoaded();
      await harness.markAllRead();
      await harness.until((h) => h.badge === '' && h.items.every((item) => !item.unread));
      expect(harness.markAllButton).to.equal(null);
      expect(harness.announcement).to.equal('2 notifications marked as read.');
      expect(el.shadowRoot!.activeElement).to.equal(harness.part('base'));
      expect(changed.lastCall.args[0].detail).to.deep.equal({unreadCount: 0});
      expect(el.unreadCount).to.equal(0);
      const {items} = await listNotifications(client, {unread: true});
      expect(items).to.have.length(0);
    });

    for (const [lang, texts] of Object.entries({
      en: {
        kind: 'Front desk',
        visitor: 'Your visitor Ana Pereira has arrived',
        parcel: 'A parcel from FedEx is waiting for you',
        request: 'The space answered your request #1001',
      },
      fr: {
        kind: 'Accueil',
        visitor: 'Votre visiteur Ana Pereira est arrivé',
        parcel: 'Un colis de FedEx vous attend',
        request: "L'espace a répondu à votre demande n° 1001",
      },
    })) {
      it(`should say what the front desk and the help desk did, in the page's language (${lang})`, async () => {
        const {harness} = await setupLoaded({lang});
        await visitorArrives('vis_s1');
        await postParcel('ada@example.com');
        await spaceAnswers('req_s1', 'Fixed.');
        await harness.until((h) => h.items.length === 7, 6_000);
        expect(harness.items.slice(0, 3).map((item) => item.title)).to.deep.equal([
          texts.request,
          texts.parcel,
          texts.visitor,
        ]);
        expect(harness.items[1]!.kind).to.equal(texts.kind);
        expect(harness.items[0]!.body).to.equal('The printer on the first floor jams');
      });
    }

    it('should show a notification the server creates, live, without reload', async () => {
      const {harness, client, changed} = await setupLoaded();
      // A booking made elsewhere (another tab, the desk) creates a notification server-side.
      const other = createTestClient();
      await logIn(other, 'ada@example.com');
      await bookFirstFreeSlot(other as PorticoClient);
      await harness.until((h) => h.items.length === 5, 6_000);
      expect(harness.items[0]!.title).to.match(/ booked$/);
      expect(harness.items[0]!.unread).to.be.true;
      expect(harness.items[0]!.kind).to.equal('Booking');
      await harness.until((h) => h.badge === '3 unread');
      expect(changed.lastCall.args[0].detail).to.deep.equal({unreadCount: 3});
      other.store.clear();
      void client;
    });

    it('should show older notifications on request', async () => {
      const {harness} = await setupLoaded({limit: 2});
      expect(harness.titles).to.deep.equal(ADA.slice(0, 2));
      expect(harness.moreButton).to.exist;
      harness.moreButton!.click();
      await harness.until((h) => h.items.length === 4);
      expect(harness.titles).to.deep.equal(ADA);
      expect(harness.moreButton).to.equal(null);
    });

    it('should show only the unread ones with unread-only', async () => {
      const {harness} = await setupLoaded({unreadOnly: true});
      expect(harness.titles).to.deep.equal(ADA.slice(0, 2));
      await harness.markAllRead();
      await harness.until((h) => h.empty !== '');
      expect(harness.empty).to.equal('You are all caught up: no unread notifications.');
    });

    it('should be reachable with Tab and mark read with Enter', async () => {
      const {el, harness} = await setupLoaded();
      await expectTabToLandOn(harness, harness.markAllButton);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(
        harness.markReadButton('Community lunch on Friday'),
      );
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.badge === '1 unread');
      // Focus stays on the notification, so the next Tab reaches the next button.
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(
        harness.markReadButton('5 credits expire soon'),
      );
      await sendKeys({press: 'Space'});
      await harness.until((h) => h.badge === '');
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
  });

  describe('with no notifications', () => {
    it('should say there are none, with no badge and no buttons', async () => {
      worker.use(http.get(LIST, () => HttpResponse.json({items: [], nextCursor: null})));
      const {el, harness, changed} = await setupLoaded();
      expect(harness.empty).to.equal('No notifications yet.');
      expect(harness.badge).to.equal('');
      expect(harness.markAllButton).to.equal(null);
      expect(changed.firstCall.args[0].detail).to.deep.equal({unreadCount: 0});
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });
  });

  describe('when marking fails', () => {
    it('should say so, keep the notification unread and let the member try again', async () => {
      const recover = failUntilRecovered('post', MARK);
      const {el, harness} = await setupTest();
      const errors = sinon.spy();
      el.addEventListener('portico-error', errors);
      await harness.until(ready);
      await harness.markRead('Community lunch on Friday');
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.match(/^It could not be marked as read\. .+/);
      expect(harness.announcement).to.equal(harness.error);
      expect(harness.badge).to.equal('2 unread');
      await expectAccessibleInEveryTheme(el, el.parentElement!);
      recover();
      await harness.markRead('Community lunch on Friday');
      await harness.until((h) => h.badge === '1 unread');
      expect(harness.error).to.equal('');
    });

    it('should count the failures of "Mark all as read"', async () => {
      worker.use(http.post(MARK, () => problem(503, 'service_unavailable')));
      const {harness} = await setupLoaded();
      await harness.markAllRead();
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.match(/^2 notifications could not be marked as read\./);
      expect(harness.markAllButton!.getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describeDataStates({
    url: LIST,
    setup: setupTest,
    signedOut: 'Sign in to see your notifications.',
    loading: 'Loading your notifications…',
    failed: 'Your notifications could not be loaded.',
    ready,
    checkSignedOut: ({el, changed}) => {
      expect(el.unreadCount).to.equal(0);
      expect(changed.lastCall.args[0].detail).to.deep.equal({unreadCount: 0});
    },
    checkRecovered: (h) => expect(h.titles).to.deep.equal(ADA),
  });

  describe('with lang="fr"', () => {
    itSpeaksFrench(setupTest, ready, async ({harness}) => {
      expect(harness.part('heading')!.textContent).to.contain('Notifications');
      expect(harness.badge).to.equal('2 non lues');
      expect(harness.markAllButton!.textContent!.trim()).to.equal('Tout marquer comme lu');
      expect(harness.items[0]!.kind).to.equal('Annonce');
      expect(harness.itemElements[0]!.textContent).to.contain('Non lue');
      await harness.markRead('Community lunch on Friday');
      await harness.until((h) => h.badge === '1 non lue');
      expect(harness.announcement).to.equal('Marquée comme lue.');
    });

    it('should write what the server sent in French, with French dates and amounts, and no ids', async () => {
      const {harness, client} = await setupLoaded({lang: 'fr'});
      const {items} = await listNotifications(client, {limit: 20});
      const booking = ofKind(items, 'booking.confirmed');
      const paid = ofKind(items, 'order.paid');
      const expiring = ofKind(items, 'credits.expiring');
      const {timeZone} = await client.space.get();
      const year = (date: Date) =>
        new Intl.DateTimeFormat('en', {year: 'numeric', timeZone}).format(date);
      const dateTime = new Intl.DateTimeFormat('fr', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year:
          year(new Date(expiring.params.expiresAt)) === year(new Date()) ? undefined : 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
      });
      const when = expectedTimeRange('fr', timeZone, booking.params);
      const euros = new Intl.NumberFormat('fr', {style: 'currency', currency: 'EUR'});
      expect(harness.items.map(({kind, title, body}) => ({kind, title, body}))).to.deep.equal([
        // The space's own announcement keeps its words.
        {
          kind: 'Annonce',
          title: 'Community lunch on Friday',
          body: 'Bring a dish, we bring the drinks. 12:30 in the Loft.',
        },
        {
          kind: 'Abonnement',
          title: '5 crédits expirent bientôt',
          body: `Utilisez-les avant le ${dateTime.format(new Date(expiring.params.expiresAt))}.`,
        },
        {
          kind: 'Réservation',
          title: 'Réservation confirmée : La Verrière',
          body: `${when}. À bientôt !`,
        },
        {
          kind: 'Paiement',
          title: 'Paiement reçu',
          body: `La commande ${paid.params.orderNumber} est payée (${euros.format(180)}). Merci !`,
        },
      ]);
      // French dates (a French short month, no ISO day) and no internal id anywhere.
      expect(when).to.match(/(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/);
      const text = harness.text;
      expect(text).not.to.match(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.to.match(/\b(ord|bk|ntf|led|mem|sp)_\w+/);
      expect(text).not.to.match(/See you|booked|is paid/);
    });

    it('should show a kind it does not know as the server wrote it', async () => {
      worker.use(
        http.get(LIST, () =>
          HttpResponse.json({
            items: [
              {
                id: 'ntf_new_1',
                kind: 'parcel.arrived',
                params: {sender: 'La Poste'},
                title: 'A parcel for you',
                body: 'It waits at the front desk.',
                createdAt: '2026-03-11T09:00:00+01:00',
                readAt: null,
              },
            ],
            nextCursor: null,
          }),
        ),
      );
      const {el, harness} = await setupLoaded({lang: 'fr'});
      expect(harness.items.map(({kind, title, body}) => ({kind, title, body}))).to.deep.equal([
        {kind: 'Avis', title: 'A parcel for you', body: 'It waits at the front desk.'},
      ]);
      await expect(el).to.be.accessible();
    });

    itIsAccessibleInEveryTheme(() => setupTest({lang: 'fr'}), ready);
  });
});
