import {instant, inSpace, newestFirst} from '../state/queries.js';
import type {MailRow} from '../state/rows.js';
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

  devSetClock: ({body, clock, space}) => {
    clock.set(body.now);
    return {now: instant(space, clock.now())};
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
