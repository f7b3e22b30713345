import {invalidField} from '../../problem.js';
import type {CalendarFeedRow, MemberRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toMember} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';
import {feedFile, feedOf, newFeed} from './calendar-feed.js';

export const profileHandlers = defineHandlers({
  getProfile: ({member, space}) => toMember(member, space),

  updateProfile: ({body, member, space, transaction}) => {
    if (body.locale !== undefined && !space.locales.includes(body.locale)) {
      throw invalidField('body.locale', `This space speaks ${space.locales.join(', ')}`);
    }
    return transaction((tx) => {
      const current = tx.get<MemberRow>(TABLES.members, member.id) ?? member;
      const patch = Object.fromEntries(
        Object.entries(body).filter(([, value]) => value !== undefined),
      );
      return toMember(tx.put<MemberRow>(TABLES.members, {...current, ...patch}), space);
    });
  },

  acceptTerms: ({body, member, space, transaction}) => {
    if (body.version !== space.terms.version) {
      throw invalidField('body.version', `The current terms are version ${space.terms.version}`);
    }
    return transaction((tx) => {
      const current = tx.get<MemberRow>(TABLES.members, member.id) ?? member;
      return toMember(
        tx.put<MemberRow>(TABLES.members, {...current, termsAcceptedVersion: body.version}),
        space,
      );
    });
  },

  getCalendarFeed: ({member, space, now, request, transaction}) =>
    transaction((tx) => {
      const row =
        tx.get<CalendarFeedRow>(TABLES.calendarFeeds, member.id) ?? newFeed(tx, member, now, space);
      return feedOf(row, space, request);
    }),

  resetCalendarFeed: ({member, space, now, request, transaction}) =>
    transaction((tx) => feedOf(newFeed(tx, member, now, space), space, request)),

  calendarFeedFile: ({db, space, params, now}) =>
    new Response(feedFile(db, space, params.secret, now), {
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        // The secret is in the URL: no shared cache may keep it or the member's bookings.
        'cache-control': 'private, no-store',
        'referrer-policy': 'no-referrer',
      },
    }),
});
