import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {BodyOf, CallOptions, MutationOptions} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's profile. */
export const getProfile = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getProfile, options);

/** Changes name, phone, company, bio, photo or locale. */
export const updateProfile = (
  client: PorticoCore,
  patch: BodyOf<'updateProfile'>,
  options?: MutationOptions,
) => client.request(endpoints.updateProfile, {...options, body: patch});

/** Accepts the space's current terms. */
export const acceptTerms = (
  client: PorticoCore,
  body: BodyOf<'acceptTerms'>,
  options?: MutationOptions,
) => client.request(endpoints.acceptTerms, {...options, body});

/** The secret address of the member's calendar feed, made on first use. */
export const getCalendarFeed = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getCalendarFeed, options);

/** A new feed address: subscriptions to the old one stop updating (it answers 404). */
export const resetCalendarFeed = (client: PorticoCore, options?: MutationOptions) =>
  client.request(endpoints.resetCalendarFeed, options);

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
