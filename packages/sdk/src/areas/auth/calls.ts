import {acceptInvitation, logout, requestCode, verifyCode} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {BodyOf, MutationOptions} from '../../types/request.js';

/** `client.auth`: logging in with a code or an invitation, and out. */
export const authApi = (client: PorticoCore) => ({
  /** Emails a one-time code; answers the challenge to verify it against. */
  requestCode: (body: BodyOf<'requestCode'>, options?: MutationOptions) =>
    client.request(requestCode, {...options, body}),
  /** Exchanges the code for a session, which the client keeps and sends from now on. */
  verifyCode: (body: BodyOf<'verifyCode'>, options?: MutationOptions) =>
    client.request(verifyCode, {...options, body}),
  /** Logs in from an invitation link's token. */
  acceptInvitation: (body: {token: string}, options?: MutationOptions) =>
    client.request(acceptInvitation, {...options, params: body}),
  /** Revokes the session on the server and forgets it here (also if the server fails). */
  logout: (options?: MutationOptions) => client.request(logout, options),
});
