import type {PorticoCore} from '../../core/PorticoCore.js';
import {bodyCall, call} from '../../core/calls.js';
import type {MutationOptions} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** Emails a one-time code; answers the challenge to verify it against. */
export const requestCode = bodyCall(endpoints.requestCode);

/** Exchanges the code for a session, which the client keeps and sends from now on. */
export const verifyCode = bodyCall(endpoints.verifyCode);

/** Logs in from an invitation link's token. */
export const acceptInvitation = (
  client: PorticoCore,
  body: {token: string},
  options?: MutationOptions,
) => client.request(endpoints.acceptInvitation, {...options, params: body});

/** Revokes the session on the server and forgets it here (also if the server fails). */
export const logout = call(endpoints.logout);

/** `client.auth`: logging in with a code or an invitation, and out. */
export const calls = {requestCode, verifyCode, acceptInvitation, logout};
