import type {PorticoCore} from '../../core/PorticoCore.js';
import {query} from '../../core/query.js';
import type {BodyOf, CallOptions, MutationOptions, QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's invoices and credit notes, open and overdue first. */
export const listInvoices = (
  client: PorticoCore,
  query?: QueryOf<'listInvoices'>,
  options?: CallOptions,
) => client.request(endpoints.listInvoices, {...options, query});

export const getInvoice = (client: PorticoCore, invoiceId: string, options?: CallOptions) =>
  client.request(endpoints.getInvoice, {...options, params: {invoiceId}});

/** The next invoice as it stands today, or null. */
export const getUpcomingInvoice = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getUpcomingInvoice, options);

/** Pays invoices with a saved method; may answer `requires_action` (see `confirmPayment`). */
export const payInvoices = (
  client: PorticoCore,
  body: BodyOf<'payInvoices'>,
  options?: MutationOptions,
) => client.request(endpoints.payInvoices, {...options, body});

/** After the member's strong-authentication step: the payment's outcome. */
export const confirmPayment = (client: PorticoCore, paymentId: string, options?: MutationOptions) =>
  client.request(endpoints.confirmPayment, {...options, params: {paymentId}});

export const listPaymentMethods = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.listPaymentMethods, options);

export const addPaymentMethod = (
  client: PorticoCore,
  body: BodyOf<'addPaymentMethod'>,
  options?: MutationOptions,
) => client.request(endpoints.addPaymentMethod, {...options, body});

export const setDefaultPaymentMethod = (
  client: PorticoCore,
  paymentMethodId: string,
  options?: MutationOptions,
) => client.request(endpoints.setDefaultPaymentMethod, {...options, params: {paymentMethodId}});

export const removePaymentMethod = (
  client: PorticoCore,
  paymentMethodId: string,
  options?: MutationOptions,
) => client.request(endpoints.removePaymentMethod, {...options, params: {paymentMethodId}});

export const getBillingDetails = (client: PorticoCore, options?: CallOptions) =>
  client.request(endpoints.getBillingDetails, options);

export const updateBillingDetails = (
  client: PorticoCore,
  body: BodyOf<'updateBillingDetails'>,
  options?: MutationOptions,
) => client.request(endpoints.updateBillingDetails, {...options, body});

export const getStatement = (
  client: PorticoCore,
  query: QueryOf<'getStatement'>,
  options?: CallOptions,
) => client.request(endpoints.getStatement, {...options, query});

export const invoicesQuery = (client: PorticoCore, params: QueryOf<'listInvoices'> = {}) =>
  query(['invoices', {...params}], (signal) => listInvoices(client, params, {signal}));

export const upcomingInvoiceQuery = (client: PorticoCore) =>
  query(['invoices', 'upcoming'], (signal) => getUpcomingInvoice(client, {signal}));

export const paymentMethodsQuery = (client: PorticoCore) =>
  query(['paymentMethods'], (signal) => listPaymentMethods(client, {signal}));

export const billingDetailsQuery = (client: PorticoCore) =>
  query(['billingDetails'], (signal) => getBillingDetails(client, {signal}));

/** `client.billing`: invoices, paying them, payment methods, billing details, the statement. */
export const calls = {
  listInvoices,
  getInvoice,
  getUpcomingInvoice,
  payInvoices,
  confirmPayment,
  listPaymentMethods,
  addPaymentMethod,
  setDefaultPaymentMethod,
  removePaymentMethod,
  getBillingDetails,
  updateBillingDetails,
  getStatement,
};
