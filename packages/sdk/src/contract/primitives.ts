import * as z from 'zod/mini';
import {NO_BIDI_CONTROLS} from '../domain/bidi.js';
import {MAX_URL_LENGTH, isHttpsUrl} from '../domain/https-url.js';

const BIDI_MESSAGE = 'Must not contain bidi control characters (U+202A–U+202E, U+2066–U+2069)';

/** Refuses bidi embedding, override and isolate controls (see `stripBidiControls`). */
export const noBidiControls = z.regex(NO_BIDI_CONTROLS, BIDI_MESSAGE);

/**
 * Text of at most `max` characters, without bidi override controls. Every string in the
 * contract has a maximum, so a page can be laid out for the longest value and no field can
 * grow a store without bound; no text can reorder what a page shows after it.
 */
export const text = (max: number) => z.string().check(z.maxLength(max), noBidiControls);

/** The longest name of anything (a member, a space, a resource, a product, a plan). */
export const MAX_NAME_LENGTH = 120;
/** The longest description, bio or notification body. */
export const MAX_TEXT_LENGTH = 2000;

/** A name a member or the space wrote, e.g. a member's or a product's. */
export const Name = text(MAX_NAME_LENGTH);
/** A longer text a member or the space wrote (description, bio, notification body). */
export const LongText = text(MAX_TEXT_LENGTH);
/** A one-line label the space wrote (an amenity, a closure reason, a payment line). */
export const Label = text(200);

/**
 * An image or link address: https, or http only on the local machine (a dev server).
 * `javascript:`, `data:` and relative URLs are refused, so they never reach `src` or `href`.
 */
export const HttpsUrl = z
  .url({protocol: /^https?$/})
  .check(
    z.maxLength(MAX_URL_LENGTH),
    z.refine(isHttpsUrl, 'Must be an https:// URL (http only for localhost)'),
  );

/** An opaque identifier: letters, digits, `_` and `-`, so it is always safe in a URL path. */
export const Id = z
  .string()
  .check(
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Must be an id (letters, digits, _ or -)'),
  );

/** An ISO-8601 instant with an explicit offset, e.g. `2026-03-29T09:00:00+02:00`. */
export const Instant = z.iso.datetime({offset: true}).check(z.maxLength(40));

/** A calendar day `YYYY-MM-DD`, always in the space's time zone. */
export const CalendarDay = z.iso.date().check(z.maxLength(10));

/** A wall-clock time `HH:MM` (`24:00` closes at midnight). */
export const WallTime = z
  .string()
  .check(z.maxLength(5), z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Must be HH:MM'));

/** An ISO-4217 currency code. */
export const Currency = z
  .string()
  .check(z.maxLength(3), z.regex(/^[A-Z]{3}$/, 'Must be an ISO-4217 code'));

/** Money in integer minor units (cents) of its currency. */
export const Money = z.object({
  amount: z.int(),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

/** A BCP-47 language tag the space supports, e.g. `en` or `fr`. */
export const Locale = z
  .string()
  .check(z.maxLength(6), z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Must be a language tag'));

/** The longest email address: RFC 5321's longest path, less its brackets. */
export const MAX_EMAIL_LENGTH = 254;

/** An email address, at most {@link MAX_EMAIL_LENGTH} characters. */
export const Email = z.email().check(z.maxLength(MAX_EMAIL_LENGTH));

/** An integer number of credits (never fractional). */
export const Credits = z.int();

/** An opaque page cursor. */
export const Cursor = text(200);

/** A cursor-paginated list: `{items, nextCursor}`; `nextCursor` is null on the last page. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(Cursor),
  });

/** A whole list: `{items}`, for collections small enough to answer at once. */
export const list = <T extends z.ZodMiniType>(item: T) => z.object({items: z.array(item)});

/** The most items one page of a list holds: a longer list follows `nextCursor`. */
export const PAGE_LIMIT = 100;

/** Query fields every list accepts. */
export const PageQuery = {
  cursor: z.optional(Cursor),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(PAGE_LIMIT))),
};

/** Integer query parameters arrive as strings. */
export const QueryInt = z.coerce.number().check(z.int());
