import type {PorticoCore} from '../../core/PorticoCore.js';
import type {BodyOf, MutationOptions} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** Emails a one-time code; answers the challenge to verify it against. */
export const requestCode = (
  client: PorticoCore,
  body: BodyOf<'requestCode'>,
  options?: MutationOptions,
) => client.request(endpoints.requestCode, {...options, body});

/** Exchanges the code for a session, which the client keeps and sends from now on. */
export const verifyCode = (
  client: PorticoCore,
  body: BodyOf<'verifyCode'>,
  options?: MutationOptions,
) => client.request(endpoints.verifyCode, {...options, body});

/** Logs in from an invitation link's token. */
export const acceptInvitation = (
  client: PorticoCore,
  body: {token: string},
  options?: MutationOptions,
) => client.request(endpoints.acceptInvitation, {...options, params: body});

/** Revokes the session on the server and forgets it here (also if the server fails). */
export const logout = (client: PorticoCore, options?: MutationOptions) =>
  client.request(endpoints.logout, options);

/** `client.auth`: logging in with a code or an invitation, and out. */
export const calls = {requestCode, verifyCode, acceptInvitation, logout};
