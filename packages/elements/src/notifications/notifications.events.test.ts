/// <reference types="mocha" />
import {expect, html} from '@open-wc/testing';
import type {PorticoClient} from '@portico/sdk';
import {getEvent, register} from '@portico/sdk/events';
import {createTestClient, logIn} from '../../test/helpers/mock-api.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {expectedTimeRange} from '../../test/helpers/intl.js';
import {mountElement} from '../../test/helpers/mount.js';
import './notifications.js';
import {PorticoNotificationsHarness} from './notifications.harness.js';

const PITCH = 'evt_pitch_practice'; // free, one seat left
const PORTFOLIO = 'evt_portfolio_review'; // 3 credits, refunded in full until 2 days before
const DRINKS = 'evt_friday_drinks'; // tomorrow: Ada is registered, her reminder is due

async function signedIn(email: string): Promise<PorticoClient> {
  const client = createTestClient();
  await logIn(client, email);
  return client;
}

/** The notifications of `client`'s member in `lang`, once `count` show (newest first). */
async function notificationsOf(client: PorticoClient, lang: string, count: number) {
  const {harness} = await mountElement(
    'portico-notifications',
    PorticoNotificationsHarness,
    html`<portico-notifications .client=${client}></portico-notifications>`,
    lang,
  );
  await harness.until((h) => h.items.length === count, 6_000);
  return harness.items.map(({kind, title, body}) => ({kind, title, body}));
}

/** The words each language should use, with the event's times formatted by Intl here. */
const TEXTS = {
  en: {
    kind: 'Event',
    registered: (title: string) => `You're in: ${title}`,
    seeYou: (when: string) => `${when}. See you there!`,
    waitlisted: (title: string) => `On the waitlist: ${title}`,
    inLine: (when: string) => `${when}. You are number 1 in line; we'll tell you if a seat opens.`,
    offered: (title: string) => `A seat is yours: ${title}`,
    confirmBy: /^A seat opened up\. Confirm it by .+, or it goes to the next person in line\.$/,
    reminder: (title: string) => `Tomorrow: ${title}`,
    cancelled: (title: string) => `Registration cancelled: ${title}`,
    released: (when: string) => `${when}. Your place is released.`,
    refunded: (when: string) => `${when}. Fully refunded.`,
  },
  fr: {
    kind: 'Événement',
    registered: (title: string) => `Inscription confirmée : ${title}`,
    seeYou: (when: string) => `${when}. À bientôt !`,
    waitlisted: (title: string) => `Liste d'attente : ${title}`,
    inLine: (when: string) =>
      `${when}. Vous êtes en position 1 sur la liste d'attente ; nous vous préviendrons si une place se libère.`,
    offered: (title: string) => `Une place pour vous : ${title}`,
    confirmBy:
      /^Une place s'est libérée\. Confirmez-la avant le .+, sinon elle revient à la personne suivante\.$/,
    reminder: (title: string) => `Demain : ${title}`,
    cancelled: (title: string) => `Inscription annulée : ${title}`,
    released: (when: string) => `${when}. Votre place est libérée.`,
    refunded: (when: string) => `${when}. Entièrement remboursée.`,
  },
};

describeElement('portico-notifications: events', () => {
  for (const [lang, say] of Object.entries(TEXTS)) {
    it(`should tell a member about their event registrations in the page's language (${lang})`, async () => {
      const [ada, ben] = [await signedIn('ada@example.com'), await signedIn('ben@example.com')];
      const {timeZone} = await ada.space.get();
      const [pitch, portfolio, drinks] = await Promise.all([
        getEvent(ada, PITCH),
        getEvent(ada, PORTFOLIO),
        getEvent(ada, DRINKS),
      ]);
      const when = (event: {start: string; end: string}) =>
        expectedTimeRange(lang, timeZone, event);
      // Ada's first change sends tomorrow's reminder; she takes the last seat, Ben waits; Ada
      // pays a ticket; she cancels both, so the free seat is offered to Ben.
      const adaSeat = await register(ada, PITCH, {});
      expect((await register(ben, PITCH, {})).status).to.equal('waitlisted');
      const adaTicket = await register(ada, PORTFOLIO, {payWith: 'credits'});
      await ada.events.cancel(adaSeat.id);
      await ada.events.cancel(adaTicket.id);

      const adas = await notificationsOf(ada, lang, 9);
      expect(adas.slice(0, 5)).to.deep.equal([
        {
          kind: say.kind,
          title: say.cancelled(portfolio.title),
          body: say.refunded(when(portfolio)),
        },
        {kind: say.kind, title: say.cancelled(pitch.title), body: say.released(when(pitch))},
        {kind: say.kind, title: say.registered(portfolio.title), body: say.seeYou(when(portfolio))},
        {kind: say.kind, title: say.registered(pitch.title), body: say.seeYou(when(pitch))},
        {
          kind: say.kind,
          title: say.reminder(drinks.title),
          body: `${when(drinks)}, ${drinks.place.name}.`,
        },
      ]);

      const bens = await notificationsOf(ben, lang, 3); // his own one seeded, then these two
      expect(bens[0]!.title).to.equal(say.offered(pitch.title));
      expect(bens[0]!.body).to.match(say.confirmBy);
      expect(bens[1]).to.deep.equal({
        kind: say.kind,
        title: say.waitlisted(pitch.title),
        body: say.inLine(when(pitch)),
      });
      // Dates are words of the language, never ISO days.
      expect([...adas, ...bens].map((n) => n.body).join(' ')).not.to.match(/\d{4}-\d{2}-\d{2}/);
    });
  }
});
