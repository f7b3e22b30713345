import {acceptTerms, getMe, updateMe} from '../contract/endpoints.js';
import type {PorticoCore} from '../core/PorticoCore.js';
import type {BodyOf, CallOptions, MutationOptions} from '../types/request.js';
import {query} from './query.js';

/** `client.me`: the member's profile. */
export const meApi = (client: PorticoCore) => ({
  get: (options?: CallOptions) => client.request(getMe, options),
  update: (patch: BodyOf<'updateMe'>, options?: MutationOptions) =>
    client.request(updateMe, {...options, body: patch}),
  acceptTerms: (body: BodyOf<'acceptTerms'>, options?: MutationOptions) =>
    client.request(acceptTerms, {...options, body}),
});

export const meQuery = (client: PorticoCore) =>
  query(['me'], (signal) => client.request(getMe, {signal}));
