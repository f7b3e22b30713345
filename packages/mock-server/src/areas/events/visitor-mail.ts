import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import {instant} from '../../state/lookups.js';
import type {EventRow, MailRow, RegistrationRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {describeSlot} from '../shared/notify.js';

type VisitorNews = 'registered' | 'waitlisted' | 'promoted' | 'reminder' | 'cancelled';

/** What a visitor is mailed about their registration (they have no notifications). */
const SAYS: Record<VisitorNews, (event: EventRow) => [subject: string, line: string]> = {
  registered: (event: EventRow) => [`You're in: ${event.title}`, 'See you there!'],
  waitlisted: (event: EventRow) => [
    `On the waitlist: ${event.title}`,
    "The event is full; we'll mail you if a seat opens.",
  ],
  promoted: (event: EventRow) => [
    `A seat opened: ${event.title}`,
    'A seat opened up and it is yours. See you there!',
  ],
  reminder: (event: EventRow) => [`Tomorrow: ${event.title}`, `At ${event.place.name}.`],
  cancelled: (event: EventRow) => [
    `Cancelled: ${event.title}`,
    'Your registration is cancelled; your seat went to the next in line.',
  ],
};

/** Mails a visitor's registration news (the dev mailbox shows it), with the event's times. */
export function mailVisitor(
  tx: Transaction,
  space: SpaceRow,
  row: RegistrationRow,
  event: EventRow,
  what: VisitorNews,
  now: number,
): void {
  if (!row.visitor) return;
  const [subject, line] = SAYS[what](event);
  // Until it is cancelled, every mail carries the key that cancels it (the visitor has no
  // account): the events page asks "Cancel your registration?" when its address has it.
  const key =
    what === 'cancelled'
      ? ''
      : `\n\nCan't come after all? Open the events page with ?cancel-registration=${row.visitor.cancelToken} at the end of its address. Your cancellation key: ${row.visitor.cancelToken}`;
  tx.put<MailRow>(TABLES.mails, {
    id: nextId(tx, 'mail'),
    spaceId: space.id,
    to: row.visitor.email,
    subject,
    text: `Hello ${row.visitor.name},\n\n${describeSlot(space, event.start, event.end)}. ${line}${key}\n\n— ${space.name}`,
    code: null,
    sentAt: instant(space, now),
  });
}
