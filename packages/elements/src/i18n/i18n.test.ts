/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import type {Message} from './catalog.js';
import common from './common.messages.en.json' with {type: 'json'};
import commonFr from './common.messages.fr.json' with {type: 'json'};
import {en as calendar} from '../booking-calendar/booking-calendar.messages.js';
import calendarFr from '../booking-calendar/booking-calendar.messages.fr.json' with {type: 'json'};
import {en as creditBalance} from '../credit-balance/credit-balance.messages.js';
import creditBalanceFr from '../credit-balance/credit-balance.messages.fr.json' with {type: 'json'};
import {en as directory} from '../directory/directory.messages.js';
import directoryFr from '../directory/directory.messages.fr.json' with {type: 'json'};
import {en as entries} from '../entries/entries.messages.js';
import entriesFr from '../entries/entries.messages.fr.json' with {type: 'json'};
import {en as events} from '../events/events.messages.js';
import eventsFr from '../events/events.messages.fr.json' with {type: 'json'};
import {en as login} from '../login/login.messages.js';
import loginFr from '../login/login.messages.fr.json' with {type: 'json'};
import {en as membershipCard} from '../membership-card/membership-card.messages.js';
import membershipCardFr from '../membership-card/membership-card.messages.fr.json' with {type: 'json'};
import {en as membershipFlow} from '../membership-card/membership-flow.messages.js';
import membershipFlowFr from '../membership-card/membership-flow.messages.fr.json' with {type: 'json'};
import {en as notifications} from '../notifications/notifications.messages.js';
import notificationsFr from '../notifications/notifications.messages.fr.json' with {type: 'json'};
import {en as portal} from '../portal/portal.messages.js';
import portalFr from '../portal/portal.messages.fr.json' with {type: 'json'};
import {en as posts} from '../posts/posts.messages.js';
import postsFr from '../posts/posts.messages.fr.json' with {type: 'json'};
import {en as shop} from '../shop/shop.messages.js';
import shopFr from '../shop/shop.messages.fr.json' with {type: 'json'};
import {en as profile} from '../profile/profile.messages.js';
import profileFr from '../profile/profile.messages.fr.json' with {type: 'json'};
import {en as billing} from '../billing/billing.messages.js';
import billingFr from '../billing/billing.messages.fr.json' with {type: 'json'};
import {en as deliveries} from '../deliveries/deliveries.messages.js';
import deliveriesFr from '../deliveries/deliveries.messages.fr.json' with {type: 'json'};
import {en as floorPlan} from '../floor-plan/floor-plan.messages.js';
import floorPlanFr from '../floor-plan/floor-plan.messages.fr.json' with {type: 'json'};
import {en as helpdesk} from '../helpdesk/helpdesk.messages.js';
import helpdeskFr from '../helpdesk/helpdesk.messages.fr.json' with {type: 'json'};
import {en as visitors} from '../visitors/visitors.messages.js';
import visitorsFr from '../visitors/visitors.messages.fr.json' with {type: 'json'};

/**
 * Every message catalogue: the common one and each element's (its `.messages.js` module, which
 * also registers its text for the `msg()` tests below).
 */
const MODULES: Record<string, {en: Record<string, Message>; fr: Record<string, Message>}> = {
  common: {en: common, fr: commonFr},
  calendar: {en: calendar, fr: calendarFr},
  creditBalance: {en: creditBalance, fr: creditBalanceFr},
  directory: {en: directory, fr: directoryFr},
  entries: {en: entries, fr: entriesFr},
  events: {en: events, fr: eventsFr},
  login: {en: login, fr: loginFr},
  membershipCard: {en: membershipCard, fr: membershipCardFr},
  membershipFlow: {en: membershipFlow, fr: membershipFlowFr},
  notifications: {en: notifications, fr: notificationsFr},
  portal: {en: portal, fr: portalFr},
  posts: {en: posts, fr: postsFr},
  shop: {en: shop, fr: shopFr},
  profile: {en: profile, fr: profileFr},
  billing: {en: billing, fr: billingFr},
  deliveries: {en: deliveries, fr: deliveriesFr},
  floorPlan: {en: floorPlan, fr: floorPlanFr},
  helpdesk: {en: helpdesk, fr: helpdeskFr},
  visitors: {en: visitors, fr: visitorsFr},
};
import {formatDay, loadMessages, msg, resolveLocale} from './index.js';

/**
 * French messages that read the same as English on purpose (the same word, a product or
 * language name, a placeholder-only pattern). Any other French text equal to English is a
 * message left untranslated.
 */
const SAME_IN_FRENCH = new Set([
  'billing.download',
  'billing.line.description',
  'billing.total',
  'calendar.date',
  'calendar.filter.type',
  'calendar.type.parking',
  'credits.bookingSubject',
  'entries.planProduct',
  'events.total',
  'floorPlan.date',
  'helpdesk.form.description',
  'helpdesk.guideCount',
  'helpdesk.guides',
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
