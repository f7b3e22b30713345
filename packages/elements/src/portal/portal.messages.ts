import {addMessages} from '../i18n/msg.js';

/** The portal's own text in English (its pages' elements bring theirs). */
export const en = {
  'portal.nav': 'Member portal',
  'portal.menu': 'Menu',
  'portal.loadingPage': 'Loading the page…',
  'portal.pageError': 'This page could not be loaded.',
  'portal.page.dashboard': 'Dashboard',
  'portal.page.signIn': 'Sign in',
  'portal.page.book': 'Book',
  'portal.page.shop': 'Shop',
  'portal.page.membership': 'Membership',
  'portal.page.entries': 'Entries',
  'portal.page.notifications': 'Notifications',
  'portal.page.profile': 'Profile',
  'portal.page.notFound': 'Page not found',
  'portal.unread': {one: '{count} unread', other: '{count} unread'},
  'portal.welcome': 'Welcome, {name}',
  'portal.signInIntro': 'Sign in with your email: we send you a one-time code.',
  'portal.browse': 'Before you join',
  'portal.browseIntro': 'Have a look at our plans, rooms and shop.',
  'portal.browseRooms': 'Rooms and desks',
  'portal.profileBanner':
    'Complete your profile: add your phone, company and a few words about you.',
  'portal.profileBannerLink': 'Complete your profile',
  'portal.nextBookings': 'Next bookings',
  'portal.nextBookingsLoading': 'Loading your next bookings…',
  'portal.nextBookingsError': 'Your bookings could not be loaded.',
  'portal.noBookings': 'Nothing booked yet.',
  'portal.book.views': 'Book from',
  'portal.book.calendar': 'Calendar',
  'portal.book.floorPlan': 'Floor plan',
  'portal.bookLink': 'Book a room',
  'portal.allNotifications': 'All notifications',
  'portal.notFoundText': 'There is no page at this address.',
  'portal.home': 'Go to the portal’s home',
} as const;

// French is a lazy chunk, loaded when a page or an element needs it (i18n/msg.ts).
addMessages(en, {fr: () => import('./portal.messages.fr.js').then((module) => module.fr)});
