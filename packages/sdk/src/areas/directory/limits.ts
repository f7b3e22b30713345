// No zod here: elements read these without loading the schemas.

/** What directory requests may hold: the routes declare them, forms read them there. */
export const DIRECTORY_LIMITS = {
  /** A member's role or title, e.g. "Product designer". */
  role: 80,
  /** One skill or tag. */
  skill: 40,
  /** Skills a member lists. */
  skills: 12,
  /** Links a member lists (site, portfolio, social profile). */
  links: 4,
  linkLabel: 40,
  /** The longest search text. */
  search: 100,
  /** The longest message sent through the space. */
  message: 1000,
  /** Messages one member may send through the directory in 24 hours. */
  messagesPerDay: 10,
  /** Different members' emails one member may ask to see in 24 hours (no harvesting). */
  emailRevealsPerDay: 20,
} as const;

/** The parts of a profile a member may show or keep to themselves; the name always shows. */
export const DIRECTORY_FIELDS = ['photo', 'company', 'role', 'skills', 'bio', 'links'] as const;
export type DirectoryField = (typeof DIRECTORY_FIELDS)[number];
