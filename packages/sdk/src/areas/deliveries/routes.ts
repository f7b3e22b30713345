import {Deliveries, Delivery, DeliveryInput} from './schemas.js';
import {routesWith} from '../../contract/route.js';

const route = routesWith({access: 'member', feature: 'deliveries'});

export const listDeliveries = route({
  method: 'GET',
  path: '/me/deliveries',
  summary: "The member's parcels waiting at the space, and those collected in the last 12 months",
  response: Deliveries,
});

export const collectDelivery = route({
  method: 'POST',
  path: '/me/deliveries/:deliveryId/collect',
  summary: 'Mark a waiting parcel collected',
  response: Delivery,
  invalidates: ['deliveries'],
  errors: ['delivery_already_collected'],
});

/** The front desk receives a parcel: the member is notified and updated live. */
export const devPostDelivery = route({
  method: 'POST',
  path: '/__dev/deliveries',
  summary: 'Post a parcel for a member (the front desk); the member is notified',
  access: 'dev',
  body: DeliveryInput,
  response: Delivery,
  status: 201,
});

/** The front desk hands a parcel over. */
export const devCollectDelivery = route({
  method: 'POST',
  path: '/__dev/deliveries/:deliveryId/collect',
  summary: 'Mark a parcel collected at the front desk',
  access: 'dev',
  response: Delivery,
  errors: ['delivery_already_collected'],
});
