import type {FieldError} from '@portico/sdk/contract';
import * as z from 'zod/mini';
import {problem} from '../problem.js';
import type {ProblemError} from '../problem.js';

// zod/mini ships without messages; the English locale is passed per parse instead of through
// `z.config()`, so loading the mock server never changes the SDK's messages on the same page.
const english = z.locales.en().localeError;

type Issue = z.core.$ZodIssue;

/** Turns zod issues into `{field: 'body.items.0.quantity', message}`; unknown keys name each key. */
export function fieldErrors(prefix: string, issues: readonly Issue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({field: `${path}.${key}`, message: 'Unknown field'});
    } else {
      errors.push({field: path, message: issue.message});
    }
  }
  return errors;
}

export type ParseResult<T> = {ok: true; data: T} | {ok: false; issues: readonly Issue[]};

export function safeParse<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(value, {error: english});
  return result.success ? {ok: true, data: result.data} : {ok: false, issues: result.error.issues};
}

/** Parses one part of a request (`params`, `query`, `body`) or makes the 400 naming its fields. */
export function parsePart<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  part: string,
): z.output<S> | ProblemError {
  const result = safeParse(schema, value);
  if (result.ok) return result.data;
  const errors = fieldErrors(part, result.issues);
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem('validation_failed', detail, {errors});
}
