import type {Reader} from '../../state/lookups.js';
import type {CommunitySettingsRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** A space that has said nothing lists nobody publicly and lets members reply to posts. */
export const COMMUNITY_DEFAULTS = {publicDirectory: false, replies: true} as const;

/** How `space` runs its directory and posts. */
export function communitySettings(
  reader: Reader,
  space: SpaceRow,
): Pick<CommunitySettingsRow, 'publicDirectory' | 'replies'> {
  return reader.get<CommunitySettingsRow>(TABLES.communitySettings, space.id) ?? COMMUNITY_DEFAULTS;
}
