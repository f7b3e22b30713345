import {memberBuckets, newestFirst, ofMember, paginate} from '../state/queries.js';
import type {LedgerRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {toBalance, toLedgerEntry} from '../state/views.js';
import {defineHandlers} from './context.js';

export const creditsHandlers = defineHandlers({
  getCredits: ({db, member, now}) => toBalance(memberBuckets(db, member), now),

  listCreditLedger: ({db, member, query}) => {
    const {page, nextCursor} = paginate(
      newestFirst(ofMember<LedgerRow>(db, TABLES.ledger, member), 'at'),
      query,
    );
    return {items: page.map(toLedgerEntry), nextCursor};
  },
});
