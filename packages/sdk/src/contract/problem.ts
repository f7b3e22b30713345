import * as z from 'zod/mini';
import {MAX_URL_LENGTH} from '../domain/https-url.js';
import {text} from './primitives.js';
import {PROBLEM_CODES} from './problem-status.js';

export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One invalid field of a request: `field` is a dotted path such as `body.items.0.quantity`. */
export const FieldError = z.object({
  field: text(200),
  message: text(500),
});
export type FieldError = z.infer<typeof FieldError>;

/** An `application/problem+json` body (RFC 9457) with Portico's stable `code`. */
export const Problem = z.object({
  type: text(MAX_URL_LENGTH),
  title: text(200),
  status: z.int(),
  code: ProblemCode,
  detail: z.optional(text(2000)),
  instance: z.optional(text(MAX_URL_LENGTH)),
  errors: z.optional(z.array(FieldError)),
  retryAfter: z.optional(z.int()),
});
export type Problem = z.infer<typeof Problem>;
