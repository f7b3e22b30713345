import {PROBLEM_CODES, PROBLEM_STATUS} from '../contract/problem-status.js';
import type {ProblemCode} from '../contract/problem-status.js';

/**
 * A mutation refused with one of these codes means the page showed stale data (the slot
 * was taken, the credits ran out, stock sold out, the order was already paid): refetch what
 * it touches, so the member sees why. They are the contract's 402 and 409 codes.
 */
export const STALE_VIEW_CODES: ReadonlySet<string> = new Set<ProblemCode>(
  PROBLEM_CODES.filter((code) => PROBLEM_STATUS[code] === 402 || PROBLEM_STATUS[code] === 409),
);
