import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, idCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import * as endpoints from './endpoints.js';

/** Parcels waiting for the member, and the last 12 months of collected ones. */
export const listDeliveries = call(endpoints.listDeliveries);

/** Marks a waiting parcel collected. */
export const collectDelivery = idCall(endpoints.collectDelivery, 'deliveryId');

export const deliveriesQuery = (client: PorticoCore) =>
  query(['deliveries'], (signal) => listDeliveries(client, {signal}));

/** `client.deliveries`: parcels at the front desk. */
export const calls = {list: listDeliveries, collect: collectDelivery};
