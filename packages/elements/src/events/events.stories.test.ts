/// <reference types="mocha" />
// Each events story shows what its name promises (the smoke test only checks that stories
// render without errors), and none makes the page scroll sideways at its width.
import {describeStories, stateStoryChecks} from '../../test/helpers/story-checks.js';
import {PorticoEventsHarness} from './events.harness.js';
import * as stories from './events.stories.js';

type Check = (h: PorticoEventsHarness) => boolean;

/** Nothing inside is wider than the element (no sideways scroll on a phone). */
const fits = (h: PorticoEventsHarness) => h.element.scrollWidth <= h.element.clientWidth + 1;

const EXPECTED: Record<string, Check> = {
  Default: (h) => h.titles[0] === 'Friday drinks on the terrace',
  Past: (h) => h.titles[0] === 'Design critique night',
  MyEvents: (h) => h.titles.length === 4,
  Detail: (h) =>
    h.detailTitle === 'Lunch & learn: pitch practice' && h.button('register-button') !== null,
  Registered: (h) => h.myStatus.startsWith('Registered') && h.button('calendar-button') !== null,
  Full: (h) => h.button('register-button')?.textContent?.trim() === 'Join the waitlist',
  Waitlisted: (h) => h.myStatus.startsWith('Waitlist #2'),
  Offered: (h) =>
    h.myStatus.startsWith('Seat held for you') && h.button('confirm-seat-button') !== null,
  TicketQuote: (h) =>
    h.total === 'Total €40.00' && h.root.querySelectorAll('[part~="pay-with"]').length === 3,
  WaitlistQuote: (h) => h.partText('will-wait').includes('number 3'),
  HostileDescription: (h) =>
    h.description?.querySelector('h4')?.textContent === 'Agenda' &&
    h.description.querySelectorAll('img, script').length === 0,
  LongestOnPhone: (h) => h.titles.length === 2 && fits(h),
  LongestDetailOnPhone: (h) => h.detailTitle === 'W'.repeat(120) && fits(h),
  Rtl: (h) => h.titles.length > 0 && fits(h),
  ...stateStoryChecks('Loading events…'),
  VisitorRegistration: (h) =>
    h.detailTitle === 'Winter party' && h.part('visitor-email') !== null && fits(h),
  French: (h) => h.text.includes('À venir') && h.titles.length > 0,
  FrenchDetail: (h) => h.text.includes('Rejoindre la liste d’attente'),
  Dark: (h) => h.titles.length > 0,
};

describeStories('portico-events', stories, {
  Harness: PorticoEventsHarness,
  expected: EXPECTED,
});
