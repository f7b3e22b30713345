import type {
  CommunitySettingsRow,
  DirectoryEntryRow,
  MemberRow,
  PostCategoryRow,
  PostReadRow,
  PostRow,
  ReplyRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {NEW_ENTRY} from '../areas/directory/listing.js';
import type {SpaceSeed} from './builder.js';

type Listing = Partial<Omit<DirectoryEntryRow, 'id' | 'spaceId' | 'memberId' | 'fields'>> & {
  fields?: Partial<DirectoryEntryRow['fields']>;
};

/** Writes a space's directory and posts: settings, listings, categories, posts, replies, reads. */
export class CommunitySeed {
  readonly s: SpaceSeed;

  constructor(s: SpaceSeed, settings: Pick<CommunitySettingsRow, 'publicDirectory' | 'replies'>) {
    this.s = s;
    s.b.add<CommunitySettingsRow>(TABLES.communitySettings, {
      id: s.space.id,
      spaceId: s.space.id,
      ...settings,
    });
  }

  /** The member's directory settings, as they left them `daysAgo` days ago. */
  listing(member: MemberRow, listing: Listing, daysAgo = 20): void {
    this.s.b.add<DirectoryEntryRow>(TABLES.directoryEntries, {
      ...NEW_ENTRY,
      skills: [],
      links: [],
      ...listing,
      fields: {...NEW_ENTRY.fields, ...listing.fields},
      id: member.id,
      spaceId: member.spaceId,
      memberId: member.id,
      updatedAt: this.s.at(-daysAgo, '18:00'),
    });
  }

  categories(names: Record<string, string>): void {
    Object.entries(names).forEach(([id, name], sort) =>
      this.s.b.add<PostCategoryRow>(TABLES.postCategories, {
        id,
        spaceId: this.s.space.id,
        name,
        sort,
      }),
    );
  }

  /** A post published `daysAgo` days ago at `time` (negative: scheduled, not yet shown). */
  post(
    row: Omit<PostRow, 'spaceId' | 'publishedAt' | 'pinned' | 'repliesOpen'> &
      Partial<Pick<PostRow, 'pinned' | 'repliesOpen'>>,
    daysAgo: number,
    time = '09:30',
  ): PostRow {
    return this.s.b.add<PostRow>(TABLES.posts, {
      pinned: false,
      repliesOpen: true,
      ...row,
      spaceId: this.s.space.id,
      publishedAt: this.s.at(-daysAgo, time),
    });
  }

  reply(post: PostRow, member: MemberRow, body: string, minutesAgo: number, hidden = false): void {
    const createdAt = this.s.ago(minutesAgo);
    this.s.b.add<ReplyRow>(TABLES.replies, {
      id: this.s.b.id('rep'),
      spaceId: this.s.space.id,
      memberId: member.id,
      postId: post.id,
      body,
      createdAt,
      hiddenAt: hidden ? createdAt : null,
    });
  }

  read(member: MemberRow, ...posts: PostRow[]): void {
    for (const post of posts) {
      this.s.b.add<PostReadRow>(TABLES.postReads, {
        id: `${member.id}:${post.id}`,
        spaceId: this.s.space.id,
        memberId: member.id,
        postId: post.id,
        readAt: this.s.ago(60 * 24),
      });
    }
  }
}
