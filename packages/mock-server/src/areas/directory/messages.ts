import {DIRECTORY_LIMITS, type DirectoryMessageSent} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {inSpace, instant} from '../../state/lookups.js';
import type {DirectoryMessageRow, MailRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {requireUnderDailyLimit} from './daily-limit.js';
import {reachable} from './listing.js';

/**
 * Sends `body` to a listed member who accepts messages, as a mail from the space: the
 * recipient reads the sender's name and address to reply to; the sender never learns the
 * recipient's address. At most `messagesPerDay` in any 24 hours per sender.
 */
export function sendMessage(
  tx: Transaction,
  space: SpaceRow,
  sender: MemberRow,
  toMemberId: string,
  body: string,
  now: number,
): DirectoryMessageSent {
  const {listed, member: recipient} = reachable(tx, space, sender, toMemberId, 'acceptsMessages');
  if (!recipient) {
    throw problem(
      'messages_closed',
      `${listed.name} does not take messages through the directory.`,
    );
  }
  const sent = inSpace<DirectoryMessageRow>(tx, TABLES.directoryMessages, space.id)
    .filter((m) => m.memberId === sender.id)
    .map((m) => m.sentAtMs);
  requireUnderDailyLimit(sent, DIRECTORY_LIMITS.messagesPerDay, now, 'messages');
  tx.put<DirectoryMessageRow>(TABLES.directoryMessages, {
    id: nextId(tx, 'dm'),
    spaceId: space.id,
    memberId: sender.id,
    toMemberId: recipient.id,
    sentAtMs: now,
  });
  const sentAt = instant(space, now);
  tx.put<MailRow>(TABLES.mails, {
    id: nextId(tx, 'mail'),
    spaceId: space.id,
    to: recipient.email,
    subject: `${sender.name} wrote to you through the ${space.name} directory`,
    text: `${body}\n\n— ${sender.name}. Reply to ${sender.email}; your address was not shared.`,
    code: null,
    sentAt,
  });
  return {sentAt};
}
