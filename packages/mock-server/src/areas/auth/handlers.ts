import type {AuthResult} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {ProblemError} from '../../problem.js';
import {instant} from '../../state/lookups.js';
import type {InvitationRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {defineHandlers} from '../shared/context.js';
import {checkCode, normalizeEmail, sendCode} from './otp.js';
import {memberFor, openSession} from './sessions.js';

export const authHandlers = defineHandlers({
  requestCode: ({body, space, now, transaction}) =>
    transaction((tx) => sendCode(tx, space, normalizeEmail(body.email), now)),

  verifyCode: ({body, space, now, transaction}) => {
    // A wrong code must be remembered even though the request fails, so the transaction
    // returns the refusal instead of throwing it (a throw would roll the failure back).
    const outcome = transaction((tx): {refusal: ProblemError} | {result: AuthResult} => {
      const checked = checkCode(tx, space, body.challengeId, body.code, now);
      if ('refusal' in checked) return checked;
      const name = checked.email.split('@')[0] ?? checked.email;
      return {result: openSession(tx, space, memberFor(tx, space, checked.email, name, now), now)};
    });
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.result;
  },

  acceptInvitation: ({params, space, now, transaction}) =>
    transaction((tx) => {
      const invitation = tx.get<InvitationRow>(TABLES.invitations, params.token);
      const valid =
        invitation !== undefined &&
        invitation.spaceId === space.id &&
        invitation.acceptedAt === null &&
        Date.parse(invitation.expiresAt) > now;
      if (!valid)
        throw problem('invitation_invalid', 'This invitation is unknown, expired or already used.');
      tx.put<InvitationRow>(TABLES.invitations, {...invitation, acceptedAt: instant(space, now)});
      return openSession(
        tx,
        space,
        memberFor(tx, space, invitation.email, invitation.name, now),
        now,
      );
    }),

  logout: ({session, transaction}) => {
    transaction((tx) => tx.delete(TABLES.sessions, session.id));
  },
});
