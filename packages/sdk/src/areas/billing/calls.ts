import type {PorticoCore} from '../../core/PorticoCore.js';
import {bodyCall, call, idCall, queryCall} from '../../core/calls.js';
import {fetchPages} from '../../core/pages.js';
import {query} from '../../core/query.js';
import type {CallOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's invoices and credit notes, open and overdue first. */
export const listInvoices = queryCall(endpoints.listInvoices);

export const getInvoice = idCall(endpoints.getInvoice, 'invoiceId');

/** The invoice as a PDF (a `Blob`), in the client's `locale`: to save or open. */
export const getInvoicePdf = idCall(endpoints.invoicePdf, 'invoiceId');

/** The next invoice as it stands today, or null. */
export const getUpcomingInvoice = call(endpoints.getUpcomingInvoice);

/** The membership's next renewal and whether it is paid automatically. */
export const getRenewal = call(endpoints.getRenewal);

/** Turns auto-pay on or off. */
export const updateRenewal = bodyCall(endpoints.updateRenewal);

/** Pays invoices with a saved method; may answer `requires_action` (see `confirmPayment`). */
export const payInvoices = bodyCall(endpoints.payInvoices);

/** After the member's strong-authentication step: the payment's outcome. */
export const confirmPayment = idCall(endpoints.confirmPayment, 'paymentId');

export const listPaymentMethods = call(endpoints.listPaymentMethods);

export const addPaymentMethod = bodyCall(endpoints.addPaymentMethod);

export const setDefaultPaymentMethod = idCall(endpoints.setDefaultPaymentMethod, 'paymentMethodId');

export const removePaymentMethod = idCall(endpoints.removePaymentMethod, 'paymentMethodId');

export const getBillingDetails = call(endpoints.getBillingDetails);

export const updateBillingDetails = bodyCall(endpoints.updateBillingDetails);

const statement = queryCall(endpoints.getStatement);

/** Every charge and payment over a period: unlike a list, `from` and `to` are required. */
export const getStatement = (
  client: PorticoCore,
  period: QueryOf<'getStatement'>,
  options?: CallOptions,
) => statement(client, period, options);

const csv = queryCall(endpoints.statementCsv);
const pdf = queryCall(endpoints.statementPdf);

/** The statement of a period as a file (a `Blob`): CSV for a spreadsheet, or PDF. */
export const getStatementFile = (
  client: PorticoCore,
  {format, ...period}: QueryOf<'getStatement'> & {format: 'csv' | 'pdf'},
  options?: CallOptions,
) => (format === 'csv' ? csv : pdf)(client, period, options);

/**
 * The invoices in `pages` pages of `params.limit` (a history with "Show more"): one query,
 * refetched whole when a payment changes any of them.
 */
export const invoicesQuery = (
  client: PorticoCore,
  params: QueryOf<'listInvoices'> = {},
  pages = 1,
) =>
  query(pages === 1 ? ['invoices', {...params}] : ['invoices', {...params}, {pages}], (signal) =>
    fetchPages(
      (cursor) => listInvoices(client, cursor ? {...params, cursor} : params, {signal}),
      pages,
    ),
  );

export const upcomingInvoiceQuery = (client: PorticoCore) =>
  query(['invoices', 'upcoming'], (signal) => getUpcomingInvoice(client, {signal}));

export const renewalQuery = (client: PorticoCore) =>
  query(['invoices', 'renewal'], (signal) => getRenewal(client, {signal}));

export const paymentMethodsQuery = (client: PorticoCore) =>
  query(['paymentMethods'], (signal) => listPaymentMethods(client, {signal}));

export const billingDetailsQuery = (client: PorticoCore) =>
  query(['billingDetails'], (signal) => getBillingDetails(client, {signal}));

/** `client.billing`: invoices, paying them, payment methods, billing details, the statement. */
export const calls = {
  listInvoices,
  getInvoice,
  getInvoicePdf,
  getUpcomingInvoice,
  getRenewal,
  updateRenewal,
  payInvoices,
  confirmPayment,
  listPaymentMethods,
  addPaymentMethod,
  setDefaultPaymentMethod,
  removePaymentMethod,
  getBillingDetails,
  updateBillingDetails,
  getStatement,
  getStatementFile,
};
