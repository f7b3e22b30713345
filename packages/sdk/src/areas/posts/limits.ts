// No zod here: elements read these without loading the schemas.

/** What posts and replies may hold: the routes declare them, forms read them there. */
export const POSTS_LIMITS = {
  title: 200,
  summary: 300,
  /** A post's Markdown. */
  body: 20_000,
  /** A member's reply (plain text). */
  reply: 2000,
} as const;
