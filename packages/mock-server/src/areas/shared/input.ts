import {parseInstant} from '@portico/sdk/domain';
import {invalidField} from '../../problem.js';

/**
 * An instant from the request as epoch ms. The contract's pattern already passed; this also
 * refuses what it lets through but the domain cannot read (e.g. 10+ fractional digits).
 */
export function requestInstant(value: string, field: string): number {
  try {
    return parseInstant(value);
  } catch {
    throw invalidField(
      field,
      'Must be an ISO-8601 instant with an offset, e.g. 2026-03-02T09:00:00+01:00',
    );
  }
}
