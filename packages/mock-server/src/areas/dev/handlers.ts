import {instant, inSpace, newestFirst} from '../../state/lookups.js';
import type {MailRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toInvoicePayment} from '../../state/views.js';
import {authenticationPage} from '../billing/authentication-page.js';
import {authenticatePayment, pendingPaymentInSpace} from '../billing/payments.js';
import {decideBooking} from '../bookings/approval.js';
import {expireCreditsInSpace} from '../credits/expiry.js';
import {approveMembership} from '../membership/memberships.js';
import {defineHandlers} from '../shared/context.js';

/**
 * Dev-only routes (`/__dev/*`, off with `devRoutes: false`): the mailbox, the clock, latency,
 * reset, and the operator's decisions, which call the same services as the member routes.
 */
export const devHandlers = defineHandlers({
  devApproveMembership: ({space, params, now, transaction}) =>
    transaction((tx) => approveMembership(tx, space, params.membershipId, now)),

  devMailbox: ({db, space, query}) => {
    const to = query.email.trim().toLowerCase();
    const mails = newestFirst(
      inSpace<MailRow>(db, TABLES.mails, space.id).filter((m) => m.to === to),
      'sentAt',
    );
    return {
      messages: mails.map(({to, subject, text, code, sentAt}) => ({
        to,
        subject,
        text,
        code,
        sentAt,
      })),
    };
  },

  devSetClock: ({body, clock, space, transaction}) => {
    clock.set(body.now);
    const now = clock.now();
    // Credits the jump made expire are written off now, so open pages hear credits.changed.
    transaction((tx) => expireCreditsInSpace(tx, space.id, now));
    return {now: instant(space, now)};
  },

  devSetLatency: ({body, setLatency}) => {
    setLatency(body.ms === 0 ? null : body.ms);
    return {ms: body.ms};
  },

  devReset: ({body, reset, clock, space}) => {
    const scenario = reset(body.scenario);
    return {scenario, now: instant(space, clock.now())};
  },

  devApproveBooking: ({space, params, now, transaction}) =>
    transaction((tx) => decideBooking(tx, space, params.bookingId, 'approve', now)),

  devDeclineBooking: ({space, params, now, transaction}) =>
    transaction((tx) => decideBooking(tx, space, params.bookingId, 'decline', now)),

  devPaymentAuthenticationPage: ({db, space, params}) =>
    new Response(authenticationPage(space, pendingPaymentInSpace(db, space, params.paymentId)), {
      status: 200,
      headers: {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'},
    }),

  devAuthenticatePayment: ({space, params, query, transaction}) =>
    transaction((tx) =>
      toInvoicePayment(authenticatePayment(tx, space, params.paymentId, query.approve === 'true')),
    ),
});
