/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import type {Message} from './catalog.js';
import * as calendar from '../booking-calendar/booking-calendar.messages.js';
import * as calendarFr from '../booking-calendar/booking-calendar.messages.fr.js';
import * as creditBalance from '../credit-balance/credit-balance.messages.js';
import * as creditBalanceFr from '../credit-balance/credit-balance.messages.fr.js';
import * as directory from '../directory/directory.messages.js';
import * as directoryFr from '../directory/directory.messages.fr.js';
import * as entries from '../entries/entries.messages.js';
import * as entriesFr from '../entries/entries.messages.fr.js';
import * as events from '../events/events.messages.js';
import * as eventsFr from '../events/events.messages.fr.js';
import * as login from '../login/login.messages.js';
import * as loginFr from '../login/login.messages.fr.js';
import * as membershipCard from '../membership-card/membership-card.messages.js';
import * as membershipCardFr from '../membership-card/membership-card.messages.fr.js';
import * as membershipFlow from '../membership-card/membership-flow.messages.js';
import * as membershipFlowFr from '../membership-card/membership-flow.messages.fr.js';
import * as notifications from '../notifications/notifications.messages.js';
import * as notificationsFr from '../notifications/notifications.messages.fr.js';
import * as portal from '../portal/portal.messages.js';
import * as portalFr from '../portal/portal.messages.fr.js';
import * as posts from '../posts/posts.messages.js';
import * as postsFr from '../posts/posts.messages.fr.js';
import * as shop from '../shop/shop.messages.js';
import * as shopFr from '../shop/shop.messages.fr.js';
import * as profile from '../profile/profile.messages.js';
import * as profileFr from '../profile/profile.messages.fr.js';
import {en} from './en.js';
import {fr} from './fr.js';

/** Every message module: the common one and each element's. */
const MODULES = {
  common: {en, fr},
  calendar: {...calendar, ...calendarFr},
  creditBalance: {...creditBalance, ...creditBalanceFr},
  directory: {...directory, ...directoryFr},
  entries: {...entries, ...entriesFr},
  events: {...events, ...eventsFr},
  login: {...login, ...loginFr},
  membershipCard: {...membershipCard, ...membershipCardFr},
  membershipFlow: {...membershipFlow, ...membershipFlowFr},
  notifications: {...notifications, ...notificationsFr},
  portal: {...portal, ...portalFr},
  posts: {...posts, ...postsFr},
  shop: {...shop, ...shopFr},
  profile: {...profile, ...profileFr},
} as Record<string, {en: Record<string, Message>; fr: Record<string, Message>}>;
import {formatDay, loadMessages, msg, resolveLocale} from './index.js';

/**
 * French messages that read the same as English on purpose (the same word, a product or
 * language name, a placeholder-only pattern). Any other French text equal to English is a
 * message left untranslated.
 */
const SAME_IN_FRENCH = new Set([
  'calendar.date',
  'calendar.filter.type',
  'calendar.type.parking',
  'credits.bookingSubject',
  'entries.planProduct',
  'events.total',
  'membership.benefitProduct',
  'notifications.eventReminder.body',
  'notifications.title',
  'portal.menu',
  'posts.byline',
  'profile.directory.field.photo',
  'portal.page.notifications',
  'profile.language.en',
  'profile.language.fr',
  'shop.lineQuantity',
  'shop.total',
]);

/** A message's texts by plural form (`''` for a plain string). */
const forms = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['', message]] : Object.entries(message);

const placeholders = (message: Message) =>
  [...(typeof message === 'string' ? [message] : Object.values(message))]
    .flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))
    .filter((name, index, all) => all.indexOf(name) === index)
    .sort();

describe('i18n', () => {
  // French is a lazy chunk: msg() below reads it synchronously.
  before(async () => {
    await loadMessages('fr');
  });

  for (const [name, {en, fr}] of Object.entries(MODULES)) {
    describe(`the French ${name} messages`, () => {
      it('should have exactly the English keys', () => {
        expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('should use the same placeholders as English in every message', () => {
        for (const key of Object.keys(en)) {
          expect(placeholders(fr[key]!), key).to.deep.equal(placeholders(en[key]!));
        }
      });

      it('should give plural messages the same forms as English', () => {
        for (const key of Object.keys(en)) expect(typeof fr[key], key).to.equal(typeof en[key]);
      });

      it('should translate every message, bar the ones listed as the same word', () => {
        const untranslated = Object.keys(en).filter((key) => {
          if (SAME_IN_FRENCH.has(key)) return false;
          const french = new Map(forms(fr[key]!));
          return forms(en[key]!).some(([form, text]) => french.get(form) === text);
        });
        expect(untranslated).to.deep.equal([]);
      });
    });
  }

  it('should list as the same in French only keys whose French is the English', () => {
    const all = Object.values(MODULES);
    for (const key of SAME_IN_FRENCH) {
      const module = all.find(({en}) => key in en);
      expect(module, key).to.exist;
      expect(module!.fr[key], key).to.deep.equal(module!.en[key]);
    }
  });

  it('should give each key to one module only', () => {
    const keys = Object.values(MODULES).flatMap(({en}) => Object.keys(en));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).to.deep.equal([]);
  });

  describe('msg()', () => {
    it('should pick the plural form with Intl.PluralRules', () => {
      expect(msg('en', 'credits.bucket', {count: 1})).to.equal('1 credit');
      expect(msg('en', 'credits.bucket', {count: 0})).to.equal('0 credits');
      expect(msg('fr', 'credits.bucket', {count: 0})).to.equal('0 crédit');
      expect(msg('fr', 'credits.bucket', {count: 2})).to.equal('2 crédits');
    });

    it('should format numbers for the locale', () => {
      expect(msg('en', 'credits.bucket', {count: 1500})).to.equal('1,500 credits');
      expect(msg('fr', 'credits.bucket', {count: 1500})).to.equal(
        `${new Intl.NumberFormat('fr').format(1500)} crédits`,
      );
    });

    it('should fill placeholders as text, never markup', () => {
      expect(msg('en', 'login.codeSent', {email: '<img src=x onerror=alert(1)>'})).to.equal(
        'We sent a 6-digit code to <img src=x onerror=alert(1)>.',
      );
    });

    it('should drop bidi overrides from a value, so a name cannot reverse the text', () => {
      // U+202E (right-to-left override) would make "Ada fdp.exe" read "Ada exe.pdf".
      expect(msg('en', 'portal.welcome', {name: 'Ada \u202Efdp.exe'})).to.equal(
        'Welcome, Ada fdp.exe',
      );
    });

    it('should fall back to English for a language without a catalog', () => {
      expect(msg('de', 'state.retry')).to.equal('Retry');
      expect(msg('fr-CA', 'state.retry')).to.equal('Réessayer');
    });
  });

  describe('resolveLocale()', () => {
    it('should keep a supported regional tag and drop unsupported languages', () => {
      expect(resolveLocale('fr-CA')).to.equal('fr-CA');
      expect(resolveLocale('FR')).to.equal('fr');
      expect(resolveLocale('de-DE')).to.equal('en');
      expect(resolveLocale('fr_FR')).to.equal('fr');
    });
  });

  describe('formatDay()', () => {
    it('should name the day in the given time zone', () => {
      // 23:30 on 30 Nov in Paris is already 1 Dec in Tokyo.
      const instant = '2031-11-30T23:30:00+01:00';
      expect(formatDay('en-GB', instant, 'Europe/Paris')).to.equal('30 Nov 2031');
      expect(formatDay('en-GB', instant, 'Asia/Tokyo')).to.equal('1 Dec 2031');
    });

    it('should leave out the current year', () => {
      const thisYear = new Date(new Date().getFullYear(), 6, 14, 12).toISOString();
      expect(formatDay('fr', thisYear)).to.equal('14 juil.');
    });
  });
});
