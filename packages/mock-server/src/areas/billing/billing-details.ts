import type {BillingDetailsInput} from '@portico/sdk/contract';
import {checkTaxId} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import type {BillingDetailsRow, MemberRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** Empty optional fields are stored as null, so forms may send `''` for "none". */
const orNull = (value: string | null) => (value ? value : null);

/**
 * Replaces the member's billing details. A tax number must fit its country's format (the
 * address's country); it is stored as tax offices print it (`FR40303265045`). Issued invoices
 * keep their own copy: nothing here rewrites them.
 */
export function updateBillingDetails(
  tx: Transaction,
  member: MemberRow,
  body: BillingDetailsInput,
): BillingDetailsRow {
  let taxId: string | null = null;
  if (body.taxId) {
    const check = checkTaxId(body.taxId, body.address.country);
    if (!check.ok) {
      const message = `Not a ${body.address.country} tax number${check.example ? ` (e.g. ${check.example})` : ''}`;
      throw problem('invalid_tax_id', `body.taxId: ${message}.`, {
        errors: [{field: 'body.taxId', message}],
      });
    }
    taxId = check.taxId;
  }
  const {address} = body;
  return tx.put<BillingDetailsRow>(TABLES.billingDetails, {
    id: member.id,
    spaceId: member.spaceId,
    memberId: member.id,
    name: body.name,
    company: orNull(body.company),
    address: {...address, line2: orNull(address.line2), region: orNull(address.region)},
    taxId,
    email: body.email,
  });
}
