import {DIRECTORY_LIMITS, type DirectoryEmail} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {inSpace} from '../../state/lookups.js';
import type {DirectoryRevealRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {DAY_MS, requireUnderDailyLimit} from './daily-limit.js';
import {reachable} from './listing.js';

/**
 * A listed member's email for another member who asks, where its owner shows it on request;
 * anything else is 404, as for a member who does not exist (whether someone hides their
 * address is theirs to know). Asking for `emailRevealsPerDay` different members in 24 hours
 * is the most: asking again for one already shown is free.
 */
export function revealEmail(
  tx: Transaction,
  space: SpaceRow,
  asker: MemberRow,
  memberId: string,
  now: number,
): DirectoryEmail {
  const {member: owner} = reachable(tx, space, asker, memberId, 'revealsEmail');
  if (!owner) {
    throw problem('not_found', `There is no email to show for member ${memberId}.`);
  }
  const asked = inSpace<DirectoryRevealRow>(tx, TABLES.directoryReveals, space.id).filter(
    (row) => row.memberId === asker.id,
  );

  if (!asked.some((row) => row.toMemberId === owner.id && row.atMs > now - DAY_MS)) {
    requireUnderDailyLimit(
      asked.map((row) => row.atMs),
      DIRECTORY_LIMITS.emailRevealsPerDay,
      now,
      'emails shown',
    );
    tx.put<DirectoryRevealRow>(TABLES.directoryReveals, {
      id: nextId(tx, 'dr'),
      spaceId: space.id,
      memberId: asker.id,
      toMemberId: owner.id,
      atMs: now,
    });
  }
  return {email: owner.email};
}
