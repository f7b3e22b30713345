import type * as z from 'zod/mini';
import {PorticoError, type PorticoErrorInit} from './PorticoError.js';

/**
 * The server answered 2xx, but the body does not match the contract's schema. It is a
 * `PorticoError` with code `invalid_response` (unlike ky's `SchemaValidationError`): here the
 * schema is the API contract, so a mismatch is a server fault the member sees like any other,
 * and the store's `error` stays one type. `issues` keeps zod's report for the developer.
 */
export class PorticoValidationError extends PorticoError {
  override name = 'PorticoValidationError';
  override readonly code = 'invalid_response' as const;
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(init: Omit<PorticoErrorInit, 'code' | 'title'>, issues: readonly z.core.$ZodIssue[]) {
    super({...init, code: 'invalid_response', title: 'The response does not match the contract'});
    this.issues = issues;
  }
}
