import {problem} from '../../problem.js';
import type {MemberRow, SpaceRow} from '../../state/rows.js';

/** Anything that creates an obligation (a booking, an order, a check-in) needs the current terms. */
export function requireTerms(member: MemberRow, space: SpaceRow): void {
  if (member.termsAcceptedVersion !== space.terms.version) {
    throw problem(
      'terms_not_accepted',
      `Accept the terms (version ${space.terms.version}) first: POST /me/terms.`,
    );
  }
}
