import type {PorticoCore} from '../../core/PorticoCore.js';
import {bodyCall, call} from '../../core/calls.js';
import {query} from '../../core/query.js';
import * as endpoints from './endpoints.js';

/** The member's profile. */
export const getProfile = call(endpoints.getProfile);

/** Changes name, phone, company, bio, photo or locale. */
export const updateProfile = bodyCall(endpoints.updateProfile);

/** Accepts the space's current terms. */
export const acceptTerms = bodyCall(endpoints.acceptTerms);

/** The secret address of the member's calendar feed, made on first use. */
export const getCalendarFeed = call(endpoints.getCalendarFeed);

/** A new feed address: subscriptions to the old one stop updating (it answers 404). */
export const resetCalendarFeed = call(endpoints.resetCalendarFeed);

export const profileQuery = (client: PorticoCore) =>
  query(['profile'], (signal) => getProfile(client, {signal}));

export const calendarFeedQuery = (client: PorticoCore) =>
  query(['profile', 'calendarFeed'], (signal) => getCalendarFeed(client, {signal}));

/** `client.profile`: the member's profile, terms and personal calendar feed. */
export const calls = {
  get: getProfile,
  update: updateProfile,
  acceptTerms,
  getCalendarFeed,
  resetCalendarFeed,
};
