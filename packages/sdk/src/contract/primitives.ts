import * as z from 'zod/mini';

/** An opaque identifier: letters, digits, `_` and `-`, so it is always safe in a URL path. */
export const Id = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Must be an id (letters, digits, _ or -)'));

/** An ISO-8601 instant with an explicit offset, e.g. `2026-03-29T09:00:00+02:00`. */
export const Instant = z.iso.datetime({offset: true});

/** A calendar day `YYYY-MM-DD`, always in the space's time zone. */
export const CalendarDay = z.iso.date();

/** A wall-clock time `HH:MM` (`24:00` closes at midnight). */
export const WallTime = z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Must be HH:MM'));

/** An ISO-4217 currency code. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'Must be an ISO-4217 code'));

/** Money in integer minor units (cents) of its currency. */
export const Money = z.object({
  amount: z.int(),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

/** A BCP-47 language tag the space supports, e.g. `en` or `fr`. */
export const Locale = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Must be a language tag'));

export const Email = z.email();

/** An integer number of credits (never fractional). */
export const Credits = z.int();

/** A cursor-paginated list: `{items, nextCursor}`; `nextCursor` is null on the last page. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });

/** A whole list: `{items}`, for collections small enough to answer at once. */
export const list = <T extends z.ZodMiniType>(item: T) => z.object({items: z.array(item)});

/** Query fields every list accepts. */
export const PageQuery = {
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
};

/** Integer query parameters arrive as strings. */
export const QueryInt = z.coerce.number().check(z.int());
