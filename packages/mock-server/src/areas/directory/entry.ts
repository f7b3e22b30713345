import type {DirectoryEntryPatch} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import {instant} from '../../state/lookups.js';
import type {Transaction} from '../../state/db.js';
import type {DirectoryEntryRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {communitySettings} from '../shared/community-settings.js';
import {entryOf} from './listing.js';

/** Applies the member's changes; `public` only where the space offers a public listing. */
export function updateEntry(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  patch: DirectoryEntryPatch & {fields?: Partial<DirectoryEntryRow['fields']>},
  now: number,
): void {
  if (patch.visibility === 'public' && !communitySettings(tx, space).publicDirectory) {
    throw problem(
      'public_listing_unavailable',
      `${space.name} has no public directory: choose "members" to be listed to other members.`,
    );
  }
  const current = entryOf(tx, member);
  const defined = Object.fromEntries(
    Object.entries(patch).filter(([key, value]) => value !== undefined && key !== 'fields'),
  );
  tx.put<DirectoryEntryRow>(TABLES.directoryEntries, {
    ...current,
    ...defined,
    id: member.id,
    fields: {...current.fields, ...patch.fields},
    // The same skill twice (whatever its case) is listed once.
    skills: dedupe(patch.skills ?? current.skills),
    updatedAt: instant(space, now),
  });
}

function dedupe(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skill.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
