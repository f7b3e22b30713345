import {paginate, today} from '../../state/lookups.js';
import {
  invoiceStatus,
  toBillingDetails,
  toInvoice,
  toInvoicePayment,
  toPaymentMethod,
} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';
import {updateBillingDetails} from './billing-details.js';
import {issueCreditNote} from './credit-notes.js';
import {billingDetailsOf, issueByHand, memberInvoices, ownInvoice} from './invoices.js';
import {
  addPaymentMethod,
  memberPaymentMethods,
  removePaymentMethod,
  setDefaultPaymentMethod,
} from './payment-methods.js';
import {confirmPayment, payInvoices} from './payments.js';
import {statementCsv, statementOf} from './statement.js';
import {upcomingInvoice} from './upcoming.js';
import {renewalOf, setAutoPay} from './renewals.js';
import {invoicePdf} from './invoice-pdf.js';
import {statementPdf} from './statement-pdf.js';

export const billingHandlers = defineHandlers({
  listInvoices: ({db, member, space, query, now}) => {
    const day = today(space, now);
    const rows = memberInvoices(db, member).filter(
      (row) => query.status === undefined || invoiceStatus(row, day) === query.status,
    );
    const {page, nextCursor} = paginate(rows, query);
    return {items: page.map((row) => toInvoice(row, day)), nextCursor};
  },

  getInvoice: ({db, member, space, params, now}) =>
    toInvoice(ownInvoice(db, member, params.invoiceId), today(space, now)),

  invoicePdf: async ({db, member, space, params, now}) => {
    const invoice = toInvoice(ownInvoice(db, member, params.invoiceId), today(space, now));
    return pdfResponse(await invoicePdf(invoice, member.locale), `${invoice.number}.pdf`);
  },

  getUpcomingInvoice: ({db, member, space, now}) => upcomingInvoice(db, space, member, now),

  getRenewal: ({db, member, space, now}) => renewalOf(db, space, member, now),

  updateRenewal: ({member, space, body, now, transaction}) =>
    transaction((tx) => {
      setAutoPay(tx, member, body.autoPay);
      return renewalOf(tx, space, member, now);
    }),

  payInvoices: ({member, space, body, now, request, transaction}) =>
    transaction((tx) => toInvoicePayment(payInvoices(tx, space, member, body, now, request.url))),

  confirmPayment: ({member, space, params, now, transaction}) =>
    transaction((tx) => toInvoicePayment(confirmPayment(tx, space, member, params.paymentId, now))),

  listPaymentMethods: ({db, member}) => ({
    items: memberPaymentMethods(db, member).map(toPaymentMethod),
  }),

  addPaymentMethod: ({member, space, body, now, transaction}) =>
    transaction((tx) => toPaymentMethod(addPaymentMethod(tx, space, member, body, now))),

  setDefaultPaymentMethod: ({member, params, transaction}) =>
    transaction((tx) =>
      toPaymentMethod(setDefaultPaymentMethod(tx, member, params.paymentMethodId)),
    ),

  removePaymentMethod: ({member, space, params, now, transaction}) =>
    transaction((tx) => removePaymentMethod(tx, space, member, params.paymentMethodId, now)),

  getBillingDetails: ({db, member}) => {
    const row = billingDetailsOf(db, member);
    return row && toBillingDetails(row);
  },

  updateBillingDetails: ({member, body, transaction}) =>
    transaction((tx) => toBillingDetails(updateBillingDetails(tx, member, body))),

  getStatement: ({db, member, space, query}) => statementOf(db, space, member, query),

  statementCsv: ({db, member, space, query}) =>
    new Response(statementCsv(statementOf(db, space, member, query)), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="statement-${query.from}-${query.to}.csv"`,
        'cache-control': 'private, no-store',
      },
    }),

  statementPdf: async ({db, member, space, query}) => {
    const statement = statementOf(db, space, member, query);
    const holder = billingDetailsOf(db, member)?.name ?? member.name;
    const bytes = await statementPdf(statement, holder, member.locale);
    return pdfResponse(bytes, `statement-${query.from}-${query.to}.pdf`);
  },

  devIssueInvoice: ({space, body, now, transaction}) =>
    transaction((tx) => toInvoice(issueByHand(tx, space, body, now), today(space, now))),

  devIssueCreditNote: ({space, params, body, now, transaction}) =>
    transaction((tx) =>
      toInvoice(issueCreditNote(tx, space, params.invoiceId, body, now), today(space, now)),
    ),
});

/** A PDF to open in the browser's viewer (or save under `filename`), never kept by a cache. */
function pdfResponse(bytes: Uint8Array<ArrayBuffer>, filename: string): Response {
  return new Response(bytes, {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}
