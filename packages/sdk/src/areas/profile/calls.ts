import {
  acceptTerms,
  getCalendarFeed,
  getMe,
  resetCalendarFeed,
  updateMe,
} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {BodyOf, CallOptions, MutationOptions} from '../../types/request.js';
import {query} from '../../core/query.js';

/** `client.me`: the member's profile and personal calendar feed. */
export const meApi = (client: PorticoCore) => ({
  get: (options?: CallOptions) => client.request(getMe, options),
  update: (patch: BodyOf<'updateMe'>, options?: MutationOptions) =>
    client.request(updateMe, {...options, body: patch}),
  acceptTerms: (body: BodyOf<'acceptTerms'>, options?: MutationOptions) =>
    client.request(acceptTerms, {...options, body}),
  /** The secret address of the member's calendar feed, made on first use. */
  calendarFeed: (options?: CallOptions) => client.request(getCalendarFeed, options),
  /** A new feed address: subscriptions to the old one stop updating (it answers 404). */
  resetCalendarFeed: (options?: MutationOptions) => client.request(resetCalendarFeed, options),
});

export const meQuery = (client: PorticoCore) =>
  query(['me'], (signal) => client.request(getMe, {signal}));

export const calendarFeedQuery = (client: PorticoCore) =>
  query(['me', 'calendarFeed'], (signal) => client.request(getCalendarFeed, {signal}));
