import {instant, inSpace, newestFirst} from '../state/queries.js';
import {expireCredits} from '../state/ledger.js';
import type {MailRow, MemberRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {defineHandlers} from './context.js';

export const devHandlers = defineHandlers({
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
    transaction((tx) => {
      for (const member of inSpace<MemberRow>(tx, TABLES.members, space.id))
        expireCredits(tx, member, now);
    });
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
});
