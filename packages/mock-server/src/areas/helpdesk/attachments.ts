/** Photos members upload to the help desk: the type from the bytes, the size, the owner. */
import type {Attachment, AttachmentUpload, ImageType} from '@portico/sdk/contract';
import {MAX_ATTACHMENT_BYTES} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {instant, ownRow} from '../../state/lookups.js';
import type {AttachmentRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** Each allowed type's signature: the first bytes of every such file. */
const SIGNATURES: readonly {type: ImageType; matches: (b: Uint8Array) => boolean}[] = [
  {type: 'image/png', matches: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])},
  {type: 'image/jpeg', matches: (b) => starts(b, [0xff, 0xd8, 0xff])},
  // RIFF....WEBP
  {
    type: 'image/webp',
    matches: (b) =>
      starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
];

const starts = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** The image type the bytes are, or null (a renamed PDF or script is not an image). */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.type ?? null;
}

export const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
});

export function uploadAttachment(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  upload: AttachmentUpload,
  now: number,
): Attachment {
  // atob, not Buffer: the mock server runs in browsers too (msw).
  const bytes = Uint8Array.from(atob(upload.data), (c) => c.charCodeAt(0));
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw problem('payload_too_large', `Photos are limited to ${MAX_ATTACHMENT_BYTES / 1024} KB.`);
  }
  const type = sniffImage(bytes);
  if (!type || upload.contentType !== type) {
    throw problem(
      'unsupported_media_type',
      `Photos must be PNG, JPEG or WebP images${type ? `; this one is ${type}, not ${upload.contentType}` : ''}.`,
    );
  }
  const row = tx.put<AttachmentRow>(TABLES.attachments, {
    id: nextId(tx, 'att'),
    spaceId: space.id,
    memberId: member.id,
    fileName: upload.fileName,
    contentType: type,
    size: bytes.byteLength,
    data: upload.data,
    createdAt: instant(space, now),
  });
  return toAttachment(row);
}

/** A photo with its bytes, for its owner only: anyone else's id is 404. */
export function attachmentData(reader: Reader, member: MemberRow, id: string) {
  const row = ownRow<AttachmentRow>(reader, TABLES.attachments, id, member, 'photo');
  return {...toAttachment(row), data: row.data};
}

/** The member's own photos, for a message; an id that is not theirs is refused. */
export function ownAttachments(reader: Reader, member: MemberRow, ids: readonly string[] = []) {
  return ids.map((id) => {
    const row = reader.get<AttachmentRow>(TABLES.attachments, id);
    if (!row || row.memberId !== member.id || row.spaceId !== member.spaceId) {
      throw problem('unknown_attachment', `There is no photo ${id} of yours.`);
    }
    return row.id;
  });
}
