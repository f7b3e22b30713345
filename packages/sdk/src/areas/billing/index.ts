// `@portico/sdk/billing`: this area's calls (the functions `client.billing` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {
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
  invoicesQuery,
  upcomingInvoiceQuery,
  renewalQuery,
  paymentMethodsQuery,
  billingDetailsQuery,
} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
