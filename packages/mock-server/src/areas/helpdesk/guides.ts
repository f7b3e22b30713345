/** The space's guides: search by words and category, and "Did this help?". */
import type {Guide, Guides} from '@portico/sdk/contract';
import type {Transaction} from '../../state/db.js';
import type {Reader} from '../../state/lookups.js';
import {sortedInSpace, spaceRow} from '../../state/lookups.js';
import type {
  GuideCategoryRow,
  GuideFeedbackRow,
  GuideRow,
  MemberRow,
  SpaceRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** Lower case, accents off: "Wi-Fi" finds "wifi", "réseau" finds "reseau". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const words = (text: string) => text.split(/\s+/).map(fold).filter(Boolean);

function toGuide(reader: Reader, row: GuideRow, member: MemberRow): Guide {
  const feedback = reader.get<GuideFeedbackRow>(TABLES.guideFeedback, `${row.id}:${member.id}`);
  const {spaceId: _s, sort: _o, ...guide} = row;
  return {...guide, helpful: feedback?.helpful ?? null};
}

export function guidesOf(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  query: {q?: string | undefined; category?: string | undefined},
): Guides {
  const wanted = words(query.q ?? '');
  const items = sortedInSpace<GuideRow>(reader, TABLES.guides, space.id)
    .filter((g) => !query.category || g.categoryId === query.category)
    .filter((g) => {
      const haystack = fold(`${g.title} ${g.summary} ${g.body}`);
      return wanted.every((word) => haystack.includes(word));
    })
    .map((g) => toGuide(reader, g, member));
  const categories = sortedInSpace<GuideCategoryRow>(reader, TABLES.guideCategories, space.id).map(
    ({id, name}) => ({id, name}),
  );
  return {items, categories};
}

export function guideFeedback(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  guideId: string,
  helpful: boolean,
): Guide {
  const guide = spaceRow<GuideRow>(tx, TABLES.guides, guideId, space, 'guide');
  tx.put<GuideFeedbackRow>(TABLES.guideFeedback, {
    id: `${guideId}:${member.id}`,
    spaceId: space.id,
    guideId,
    memberId: member.id,
    helpful,
  });
  return toGuide(tx, guide, member);
}
