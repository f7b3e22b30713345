import * as z from 'zod/mini';
import {CreditBalance, LedgerEntry} from './schemas.js';
import {PageQuery, page} from '../../contract/primitives.js';
import {defineRoute} from '../../contract/route.js';

export const getCredits = defineRoute({
  method: 'GET',
  path: '/me/credits',
  summary: 'Credit buckets and their total',
  access: 'member',
  response: CreditBalance,
  status: 200,
  errors: [],
});

export const listCreditLedger = defineRoute({
  method: 'GET',
  path: '/me/credits/ledger',
  summary: 'Every movement of credits, newest first; each balanceAfter is the older one plus delta',
  access: 'member',
  query: z.object({...PageQuery}),
  response: page(LedgerEntry),
  status: 200,
  errors: [],
});
