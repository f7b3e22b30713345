import * as z from 'zod/mini';
import {PROBLEM_CODES} from './problem-codes.js';

export {PROBLEM_CODES} from './problem-codes.js';

export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One invalid field of a request: `field` is a dotted path such as `body.items.0.quantity`. */
export const FieldError = z.object({
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** An `application/problem+json` body (RFC 9457) with Portico's stable `code`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: ProblemCode,
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  retryAfter: z.optional(z.int()),
});
export type Problem = z.infer<typeof Problem>;
