/**
 * The directory as others see it. One rule decides who is listed (`listedTo`) and one what a
 * listed member shows (`toDirectoryMember`): a field the member hides is left out of the
 * JSON, and search and filters only read what is shown, so no query can find a member by a
 * hidden field.
 */
import type {DirectoryEntry, DirectoryMember, DirectoryPage, Facet} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import {compareIds, inSpace, paginate, type Reader} from '../../state/lookups.js';
import type {DirectoryEntryRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {communitySettings} from '../shared/community-settings.js';

/** Who looks: another member of the space, or a visitor of the public listing. */
export type Audience = 'members' | 'public';

/** A member who never opened the settings: hidden, every field ready to show once they opt in. */
export const NEW_ENTRY = {
  visibility: 'hidden',
  fields: {photo: true, company: true, role: true, skills: true, bio: true, links: true},
  role: null,
  skills: [],
  links: [],
  acceptsMessages: false,
  revealsEmail: false,
  updatedAt: null,
} as const satisfies Omit<DirectoryEntry, 'publicListing'>;

export function entryOf(reader: Reader, member: MemberRow): Omit<DirectoryEntryRow, 'id'> {
  const row = reader.get<DirectoryEntryRow>(TABLES.directoryEntries, member.id);
  return row ?? {...NEW_ENTRY, spaceId: member.spaceId, memberId: member.id, skills: [], links: []};
}

/** The member's own view of their listing. */
export function toDirectoryEntry(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
): DirectoryEntry {
  const {visibility, fields, role, skills, links, acceptsMessages, revealsEmail, updatedAt} =
    entryOf(reader, member);
  const {publicDirectory} = communitySettings(reader, space);
  return {
    visibility,
    fields,
    role,
    skills,
    links,
    acceptsMessages,
    revealsEmail: revealsEmail === true,
    publicListing: publicDirectory,
    updatedAt,
  };
}

/** Whether `entry` is listed to `audience`: never before its member opts in. */
function listedTo(entry: DirectoryEntryRow, audience: Audience, publicDirectory: boolean): boolean {
  if (audience === 'public') return publicDirectory && entry.visibility === 'public';
  return entry.visibility !== 'hidden';
}

/**
 * Only the shown, non-empty fields; the contact channels only for members (visitors can
 * neither write nor ask for an email).
 */
export function toDirectoryMember(
  member: MemberRow,
  entry: DirectoryEntryRow,
  audience: Audience,
): DirectoryMember {
  const {fields} = entry;
  const shown: DirectoryMember = {
    id: member.id,
    name: member.name,
    acceptsMessages: audience === 'members' && entry.acceptsMessages,
    revealsEmail: audience === 'members' && entry.revealsEmail === true,
  };
  if (fields.photo && member.photoUrl) shown.photoUrl = member.photoUrl;
  if (fields.company && member.company) shown.company = member.company;
  if (fields.role && entry.role) shown.role = entry.role;
  if (fields.skills && entry.skills.length > 0) shown.skills = entry.skills;
  if (fields.bio && member.bio) shown.bio = member.bio;
  if (fields.links && entry.links.length > 0) shown.links = entry.links;
  return shown;
}

/** Every member listed to `audience`, by name. */
function listed(reader: Reader, space: SpaceRow, audience: Audience): DirectoryMember[] {
  const {publicDirectory} = communitySettings(reader, space);
  const collator = new Intl.Collator(space.defaultLocale, {sensitivity: 'base'});
  return inSpace<DirectoryEntryRow>(reader, TABLES.directoryEntries, space.id)
    .filter((entry) => listedTo(entry, audience, publicDirectory))
    .flatMap((entry) => {
      const member = reader.get<MemberRow>(TABLES.members, entry.memberId);
      return member && member.spaceId === space.id
        ? [toDirectoryMember(member, entry, audience)]
        : [];
    })
    .sort((a, b) => collator.compare(a.name, b.name) || compareIds(a.id, b.id));
}

/** Lower case without accents, so "ines" finds "Inès". */
const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function matches(member: DirectoryMember, q: string): boolean {
  const haystack = [member.name, member.company, member.role, member.bio, ...(member.skills ?? [])];
  return haystack.some((value) => value !== undefined && fold(value).includes(q));
}

/** Values with how many members have them, most common first, then alphabetically. */
function facets(values: string[]): Facet[] {
  const counts = new Map<string, Facet>();
  for (const value of values) {
    const key = fold(value);
    const facet = counts.get(key) ?? {value, count: 0};
    facet.count += 1;
    counts.set(key, facet);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export interface DirectoryFilters {
  q?: string | undefined;
  skill?: string | undefined;
  company?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** One page of the directory for `audience`, with the facets of everyone listed. */
export function directoryPage(
  reader: Reader,
  space: SpaceRow,
  audience: Audience,
  filters: DirectoryFilters,
): DirectoryPage {
  const everyone = listed(reader, space, audience);
  const q = fold(filters.q?.trim() ?? '');
  const skill = filters.skill && fold(filters.skill);
  const company = filters.company && fold(filters.company);
  const found = everyone.filter(
    (member) =>
      (!q || matches(member, q)) &&
      (!skill || (member.skills ?? []).some((s) => fold(s) === skill)) &&
      (!company || (member.company !== undefined && fold(member.company) === company)),
  );
  const {page, nextCursor} = paginate(found, filters, 24);
  return {
    items: page,
    nextCursor,
    skills: facets(everyone.flatMap((member) => member.skills ?? [])),
    companies: facets(everyone.flatMap((member) => (member.company ? [member.company] : []))),
  };
}

/** One member listed to other members, or 404 exactly as for an id that does not exist. */
export function listedMember(reader: Reader, space: SpaceRow, memberId: string): DirectoryMember {
  const found = listed(reader, space, 'members').find((member) => member.id === memberId);
  if (!found) throw problem('not_found', `There is no member ${memberId} in the directory.`);
  return found;
}

/**
 * The listed member `memberId` (or 404) and, where they take `channel` from `asker` (never
 * oneself), their row: who a member may write to or ask for an email.
 */
export function reachable(
  reader: Reader,
  space: SpaceRow,
  asker: MemberRow,
  memberId: string,
  channel: 'acceptsMessages' | 'revealsEmail',
): {listed: DirectoryMember; member: MemberRow | undefined} {
  const listed = listedMember(reader, space, memberId);
  const row = reader.get<MemberRow>(TABLES.members, listed.id);
  const open = row !== undefined && listed[channel] && row.id !== asker.id;
  return {listed, member: open ? row : undefined};
}
