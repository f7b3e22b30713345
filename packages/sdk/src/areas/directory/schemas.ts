import * as z from 'zod/mini';
import {
  Email,
  HttpsUrl,
  Id,
  Instant,
  LongText,
  Name,
  noBidiControls,
  page,
  PageQuery,
  text,
} from '../../contract/primitives.js';
import {DIRECTORY_LIMITS} from './limits.js';

/**
 * Who sees a member in the directory: nobody (`hidden`, the default), other members of the
 * space (`members`), or also visitors of the space's public listing (`public`, only where the
 * space offers one).
 */
export const DirectoryVisibility = z.enum(['hidden', 'members', 'public']);
export type DirectoryVisibility = z.infer<typeof DirectoryVisibility>;

/** Which fields the listing shows, one switch per field. */
export const DirectoryFields = z.object({
  photo: z.boolean(),
  company: z.boolean(),
  role: z.boolean(),
  skills: z.boolean(),
  bio: z.boolean(),
  links: z.boolean(),
});
export type DirectoryFields = z.infer<typeof DirectoryFields>;

export const Skill = text(DIRECTORY_LIMITS.skill).check(z.minLength(1));

export const DirectoryLink = z.object({
  label: text(DIRECTORY_LIMITS.linkLabel).check(z.minLength(1)),
  url: HttpsUrl,
});
export type DirectoryLink = z.infer<typeof DirectoryLink>;

/**
 * `GET /me/directory`: the member's own listing and its settings. `role`, `skills` and
 * `links` live here (the directory is their only reader); name, photo, company and bio come
 * from the profile.
 */
export const DirectoryEntry = z.object({
  visibility: DirectoryVisibility,
  fields: DirectoryFields,
  role: z.nullable(text(DIRECTORY_LIMITS.role)),
  skills: z.array(Skill).check(z.maxLength(DIRECTORY_LIMITS.skills)),
  links: z.array(DirectoryLink).check(z.maxLength(DIRECTORY_LIMITS.links)),
  /** Other members may write to this member through the space (their address stays private). */
  acceptsMessages: z.boolean(),
  /**
   * Another member who asks ("Show email") sees this member's email; never the public listing,
   * never in a list. Off by default.
   */
  revealsEmail: z.boolean(),
  /** The space offers a public listing, so `public` may be chosen. */
  publicListing: z.boolean(),
  updatedAt: z.nullable(Instant),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

/** What a member types: trimmed, then 1 to `max` characters. */
const typed = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noBidiControls);

/** `PATCH /me/directory`: omitted fields stay as they are; `fields` may name only some switches. */
export const DirectoryEntryPatch = z.strictObject({
  visibility: z.optional(DirectoryVisibility),
  fields: z.optional(z.partial(z.strictObject(DirectoryFields.shape))),
  role: z.optional(z.nullable(typed(DIRECTORY_LIMITS.role))),
  skills: z.optional(
    z.array(typed(DIRECTORY_LIMITS.skill)).check(z.maxLength(DIRECTORY_LIMITS.skills)),
  ),
  links: z.optional(
    z
      .array(z.strictObject({label: typed(DIRECTORY_LIMITS.linkLabel), url: HttpsUrl}))
      .check(z.maxLength(DIRECTORY_LIMITS.links)),
  ),
  acceptsMessages: z.optional(z.boolean()),
  revealsEmail: z.optional(z.boolean()),
});
export type DirectoryEntryPatch = z.input<typeof DirectoryEntryPatch>;

/**
 * A member as others see them in the directory. A field the member hides (or left empty) is
 * absent from the JSON: it never leaves the server. The email is never here: only one member
 * who asks for it gets it, where its owner allows (`revealsEmail`).
 */
export const DirectoryMember = z.object({
  id: Id,
  name: Name,
  photoUrl: z.optional(HttpsUrl),
  company: z.optional(Name),
  role: z.optional(text(DIRECTORY_LIMITS.role)),
  skills: z.optional(z.array(Skill).check(z.maxLength(DIRECTORY_LIMITS.skills))),
  /** Markdown. */
  bio: z.optional(LongText),
  links: z.optional(z.array(DirectoryLink).check(z.maxLength(DIRECTORY_LIMITS.links))),
  acceptsMessages: z.boolean(),
  /** A member may ask for this member's email (`POST /directory/:memberId/email`). */
  revealsEmail: z.boolean(),
});
export type DirectoryMember = z.infer<typeof DirectoryMember>;

/** A filter value with how many listed members have it. */
export const Facet = z.object({value: Name, count: z.int()});
export type Facet = z.infer<typeof Facet>;

/** `GET /directory`: one page of members, and the skills and companies to filter by. */
export const DirectoryPage = z.extend(page(DirectoryMember), {
  /** Every listed member's skills and companies (not only this page's), most common first. */
  skills: z.array(Facet),
  companies: z.array(Facet),
});
export type DirectoryPage = z.infer<typeof DirectoryPage>;

export const DirectoryQuery = z.object({
  /** Matches name, company, role, skills and bio, ignoring case and accents. */
  q: z.optional(text(DIRECTORY_LIMITS.search)),
  skill: z.optional(Skill),
  company: z.optional(Name),
  ...PageQuery,
});

export const DirectoryMessage = z.strictObject({
  body: typed(DIRECTORY_LIMITS.message),
});
export type DirectoryMessage = z.input<typeof DirectoryMessage>;

/** `POST /directory/:memberId/email`: the address a member chose to show on request. */
export const DirectoryEmail = z.object({email: Email});
export type DirectoryEmail = z.infer<typeof DirectoryEmail>;

export const DirectoryMessageSent = z.object({sentAt: Instant});
export type DirectoryMessageSent = z.infer<typeof DirectoryMessageSent>;
