import {Deliveries, Delivery, DeliveryId, DeliveryInput} from './schemas.js';
import {defineRoute} from '../../contract/route.js';

export const listDeliveries = defineRoute({
  method: 'GET',
  path: '/me/deliveries',
  summary: "The member's parcels waiting at the space, and those collected in the last 12 months",
  access: 'member',
  feature: 'deliveries',
  response: Deliveries,
  status: 200,
  errors: [],
});

export const collectDelivery = defineRoute({
  method: 'POST',
  path: '/me/deliveries/:deliveryId/collect',
  summary: 'Mark a waiting parcel collected',
  access: 'member',
  feature: 'deliveries',
  params: DeliveryId,
  response: Delivery,
  status: 200,
  invalidates: ['deliveries'],
  errors: ['delivery_already_collected'],
});

/** The front desk receives a parcel: the member is notified and updated live. */
export const devPostDelivery = defineRoute({
  method: 'POST',
  path: '/__dev/deliveries',
  summary: 'Post a parcel for a member (the front desk); the member is notified',
  access: 'dev',
  feature: 'deliveries',
  body: DeliveryInput,
  response: Delivery,
  status: 201,
  errors: [],
});

/** The front desk hands a parcel over. */
export const devCollectDelivery = defineRoute({
  method: 'POST',
  path: '/__dev/deliveries/:deliveryId/collect',
  summary: 'Mark a parcel collected at the front desk',
  access: 'dev',
  feature: 'deliveries',
  params: DeliveryId,
  response: Delivery,
  status: 200,
  errors: ['delivery_already_collected'],
});
