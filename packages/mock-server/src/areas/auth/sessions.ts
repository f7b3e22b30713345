import type {AuthResult} from '@portico/sdk/contract';
import type {Transaction} from '../../state/db.js';
import {nextId, randomToken} from '../../state/ids.js';
import {instant, memberByEmail} from '../../state/lookups.js';
import type {MemberRow, SessionRow, SpaceRow} from '../../state/rows.js';
import {BLANK_PROFILE, TABLES} from '../../state/rows.js';
import {toMember} from '../../state/views.js';

/** How long a session token works. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Logs a member in: their session, and whether this is their first login. */
export function openSession(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): AuthResult {
  const isNew = member.lastLoginAt === null;
  const loggedIn = tx.put<MemberRow>(TABLES.members, {...member, lastLoginAt: instant(space, now)});
  const expiresAtMs = now + SESSION_TTL_MS;
  const session = tx.put<SessionRow>(TABLES.sessions, {
    id: randomToken('pt_'),
    spaceId: space.id,
    memberId: member.id,
    createdAt: instant(space, now),
    expiresAt: instant(space, expiresAtMs),
    expiresAtMs,
  });
  return {
    session: {token: session.id, expiresAt: session.expiresAt},
    member: toMember(loggedIn, space),
    isNew,
  };
}

/** The member with this email in this space, created (terms not accepted) when there is none. */
export function memberFor(
  tx: Transaction,
  space: SpaceRow,
  email: string,
  name: string,
  now: number,
): MemberRow {
  const existing = memberByEmail(tx, space, email);
  if (existing) return existing;
  return tx.put<MemberRow>(TABLES.members, {
    id: nextId(tx, 'mem'),
    spaceId: space.id,
    email,
    name,
    ...BLANK_PROFILE,
    locale: space.defaultLocale,
    termsAcceptedVersion: null,
    createdAt: instant(space, now),
    lastLoginAt: null,
  });
}
