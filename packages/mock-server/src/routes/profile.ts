import {invalidField} from '../problem.js';
import type {MemberRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toMember} from '../state/views.js';
import {defineHandlers} from './context.js';

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
});
