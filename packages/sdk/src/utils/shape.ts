/**
 * Small structural checks for data that comes from outside but not from a response the
 * contract describes (storage, the event stream, problem bodies). They keep the production
 * bundle free of zod; full response validation lives in `validation/` and loads on demand.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isString = (value: unknown): value is string => typeof value === 'string';

/** An ISO-8601 instant that `Date.parse` understands. */
export const isInstant = (value: unknown): value is string =>
  isString(value) && !Number.isNaN(Date.parse(value));
