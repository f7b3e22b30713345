/** Members' requests to the space: the thread, the statuses, who may see what. */
import type {HelpRequest, HelpRequestInput, RequestStatus} from '@portico/sdk/contract';
import {REOPEN_DAYS} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {inSpace, instant, ownRow, sortedInSpace} from '../../state/lookups.js';
import type {
  AttachmentRow,
  HelpCategoryRow,
  HelpMessageRow,
  HelpRequestRow,
  MemberRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {notify} from '../shared/notify.js';
import {ownAttachments, toAttachment} from './attachments.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The statuses the space may move a request to, from each status. */
const SPACE_MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  open: ['waiting', 'resolved', 'closed'],
  waiting: ['open', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: [],
};

export const helpCategories = (reader: Reader, space: SpaceRow) =>
  sortedInSpace<HelpCategoryRow>(reader, TABLES.helpCategories, space.id);

function categoryOf(reader: Reader, row: HelpRequestRow) {
  const category = reader.get<HelpCategoryRow>(TABLES.helpCategories, row.categoryId);
  return {id: row.categoryId, name: category?.name ?? 'Other', shared: category?.shared ?? false};
}

/** A request as `viewer` sees it: another member's (shared) request names no one. */
export function toHelpRequest(reader: Reader, row: HelpRequestRow, viewer: MemberRow): HelpRequest {
  const mine = row.memberId === viewer.id;
  return {
    id: row.id,
    number: row.number,
    category: categoryOf(reader, row),
    subject: row.subject,
    status: row.status,
    photoUrl: mine ? row.photoUrl : null,
    mine,
    messages: row.messages.map(({attachmentIds, ...message}) => ({
      ...message,
      authorName: mine || message.author === 'space' ? message.authorName : 'A member',
      // Photos are their owner's alone, even in a shared request.
      attachments: mine
        ? attachmentIds.flatMap((id) => {
            const attachment = reader.get<AttachmentRow>(TABLES.attachments, id);
            return attachment ? [toAttachment(attachment)] : [];
          })
        : [],
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reopenUntil:
      row.status === 'resolved' && row.resolvedAt
        ? instantAfter(reader, row, Date.parse(row.resolvedAt) + REOPEN_DAYS * DAY_MS)
        : null,
  };
}

function instantAfter(reader: Reader, row: HelpRequestRow, ms: number): string {
  const space = reader.get<SpaceRow>(TABLES.spaces, row.spaceId);
  return space ? instant(space, ms) : new Date(ms).toISOString();
}

/** What `viewer` may read: their requests, and the shared categories' ones. */
function visible(reader: Reader, row: HelpRequestRow, viewer: MemberRow): boolean {
  return (
    row.spaceId === viewer.spaceId && (row.memberId === viewer.id || categoryOf(reader, row).shared)
  );
}

export function helpRequestsOf(reader: Reader, space: SpaceRow, member: MemberRow) {
  const items = inSpace<HelpRequestRow>(reader, TABLES.helpRequests, space.id)
    .filter((row) => visible(reader, row, member))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.number - a.number)
    .map((row) => toHelpRequest(reader, row, member));
  return {
    items,
    categories: helpCategories(reader, space).map(({id, name, shared}) => ({id, name, shared})),
  };
}

/** One request `member` may read; anything else is 404. */
export function readableRequest(reader: Reader, member: MemberRow, id: string): HelpRequestRow {
  const row = reader.get<HelpRequestRow>(TABLES.helpRequests, id);
  if (!row || !visible(reader, row, member))
    throw problem('not_found', `There is no request ${id}.`);
  return row;
}

function message(
  tx: Transaction,
  space: SpaceRow,
  author: HelpMessageRow['author'],
  authorName: string,
  body: string,
  attachmentIds: string[],
  now: number,
): HelpMessageRow {
  return {
    id: nextId(tx, 'msg'),
    author,
    authorName,
    body,
    attachmentIds,
    createdAt: instant(space, now),
  };
}

export function openHelpRequest(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  input: HelpRequestInput,
  now: number,
): HelpRequest {
  const category = tx.get<HelpCategoryRow>(TABLES.helpCategories, input.categoryId);
  if (!category || category.spaceId !== space.id) {
    throw problem('unknown_help_category', `${space.name} has no category ${input.categoryId}.`);
  }
  const attachments = ownAttachments(tx, member, input.attachmentIds);
  const numbers = inSpace<HelpRequestRow>(tx, TABLES.helpRequests, space.id).map((r) => r.number);
  const at = instant(space, now);
  const row = tx.put<HelpRequestRow>(TABLES.helpRequests, {
    id: nextId(tx, 'req'),
    spaceId: space.id,
    memberId: member.id,
    number: Math.max(1000, ...numbers) + 1,
    categoryId: category.id,
    subject: input.subject.trim(),
    status: 'open',
    photoUrl: input.photoUrl ?? null,
    messages: [message(tx, space, 'member', member.name, input.description, attachments, now)],
    createdAt: at,
    updatedAt: at,
    resolvedAt: null,
  });
  return toHelpRequest(tx, row, member);
}

function ownOpen(tx: Transaction, member: MemberRow, id: string): HelpRequestRow {
  const row = ownRow<HelpRequestRow>(tx, TABLES.helpRequests, id, member, 'request');
  if (row.status === 'resolved' || row.status === 'closed') {
    throw problem('request_not_open', `Request #${row.number} is ${row.status}.`);
  }
  return row;
}

function save(
  tx: Transaction,
  space: SpaceRow,
  row: HelpRequestRow,
  now: number,
  changes: Partial<HelpRequestRow>,
) {
  const status = changes.status ?? row.status;
  return tx.put<HelpRequestRow>(TABLES.helpRequests, {
    ...row,
    ...changes,
    resolvedAt:
      status === 'resolved' ? instant(space, now) : status === 'open' ? null : row.resolvedAt,
    updatedAt: instant(space, now),
  });
}

/** The member replies: the request goes back to the space. */
export function replyToHelpRequest(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  id: string,
  reply: {body: string; attachmentIds?: string[] | undefined},
  now: number,
): HelpRequest {
  const row = ownOpen(tx, member, id);
  const attachments = ownAttachments(tx, member, reply.attachmentIds);
  const messages = [
    ...row.messages,
    message(tx, space, 'member', member.name, reply.body, attachments, now),
  ];
  return toHelpRequest(tx, save(tx, space, row, now, {messages, status: 'open'}), member);
}

export function resolveHelpRequest(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  id: string,
  now: number,
) {
  const row = ownOpen(tx, member, id);
  return toHelpRequest(tx, save(tx, space, row, now, {status: 'resolved'}), member);
}

/** A resolved request comes back within the window; after it, the member opens a new one. */
export function reopenHelpRequest(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  id: string,
  now: number,
) {
  const row = ownRow<HelpRequestRow>(tx, TABLES.helpRequests, id, member, 'request');
  if (row.status !== 'resolved' || !row.resolvedAt) {
    throw problem('request_not_resolved', `Request #${row.number} is ${row.status}, not resolved.`);
  }
  if (now > Date.parse(row.resolvedAt) + REOPEN_DAYS * DAY_MS) {
    throw problem(
      'reopen_window_passed',
      `Resolved requests reopen for ${REOPEN_DAYS} days; open a new one.`,
    );
  }
  return toHelpRequest(tx, save(tx, space, row, now, {status: 'open'}), member);
}

function spaceRequest(tx: Transaction, space: SpaceRow, id: string) {
  const row = tx.get<HelpRequestRow>(TABLES.helpRequests, id);
  const member = row && tx.get<MemberRow>(TABLES.members, row.memberId);
  if (!row || !member || row.spaceId !== space.id)
    throw problem('not_found', `There is no request ${id}.`);
  return {row, member};
}

function move(row: HelpRequestRow, status: RequestStatus): void {
  if (status !== row.status && !SPACE_MOVES[row.status].includes(status)) {
    throw problem(
      'invalid_status_change',
      `Request #${row.number} cannot go from ${row.status} to ${status}.`,
    );
  }
}

/** The space answers: the member is notified, and the request waits for them. */
export function answerHelpRequest(
  tx: Transaction,
  space: SpaceRow,
  id: string,
  answer: {body: string; status?: RequestStatus | undefined},
  now: number,
): HelpRequest {
  const {row, member} = spaceRequest(tx, space, id);
  if (row.status === 'closed')
    throw problem('request_not_open', `Request #${row.number} is closed.`);
  const status = answer.status ?? 'waiting';
  move(row, status);
  const messages = [...row.messages, message(tx, space, 'space', space.name, answer.body, [], now)];
  const saved = save(tx, space, row, now, {messages, status});
  notify(tx, space, member, now, {
    kind: 'request.answered',
    params: {requestId: row.id, number: row.number},
    title: `${space.name} answered your request #${row.number}`,
    body: row.subject,
  });
  return toHelpRequest(tx, saved, member);
}

/** The space moves a request along (resolves, closes, reopens it); the member is told. */
export function setHelpRequestStatus(
  tx: Transaction,
  space: SpaceRow,
  id: string,
  status: RequestStatus,
  now: number,
) {
  const {row, member} = spaceRequest(tx, space, id);
  move(row, status);
  const saved = save(tx, space, row, now, {status});
  if (status === 'resolved' || status === 'closed') {
    notify(tx, space, member, now, {
      kind: status === 'resolved' ? 'request.resolved' : 'request.closed',
      params: {requestId: row.id, number: row.number},
      title: `Your request #${row.number} is ${status}`,
      body: row.subject,
    });
  }
  return toHelpRequest(tx, saved, member);
}
