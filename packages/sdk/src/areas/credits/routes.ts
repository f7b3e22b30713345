import * as z from 'zod/mini';
import {CreditBalance, LedgerEntry} from './schemas.js';
import {PageQuery, page} from '../../contract/primitives.js';
import {memberRoute} from '../../contract/route.js';

export const getCredits = memberRoute({
  method: 'GET',
  path: '/me/credits',
  summary: 'Credit buckets and their total',
  response: CreditBalance,
});

export const listCreditLedger = memberRoute({
  method: 'GET',
  path: '/me/credits/ledger',
  summary: 'Every movement of credits, newest first; each balanceAfter is the older one plus delta',
  query: z.object({...PageQuery}),
  response: page(LedgerEntry),
});
