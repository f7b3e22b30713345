import {memberLedger} from '../../state/ledger.js';
import {memberBuckets, paginate} from '../../state/lookups.js';
import {toBalance, toLedgerEntry} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';
import {writeOffExpiredCredits} from './expiry.js';

export const creditsHandlers = defineHandlers({
  getCredits: ({db, member, now}) => {
    writeOffExpiredCredits(db, member, now);
    return toBalance(memberBuckets(db, member), now);
  },

  listCreditLedger: ({db, member, query, now}) => {
    writeOffExpiredCredits(db, member, now);
    // Newest first by sequence: the order in which each balance is the older one plus delta.
    const {page, nextCursor} = paginate(memberLedger(db, member), query);
    return {items: page.map(toLedgerEntry), nextCursor};
  },
});
