import {defineHandlers} from '../shared/context.js';
import {collectDelivery, deliveriesOf, handOverDelivery, postDelivery} from './deliveries.js';

export const deliveriesHandlers = defineHandlers({
  listDeliveries: ({db, member, now}) => deliveriesOf(db, member, now),

  collectDelivery: ({space, member, params, now, transaction}) =>
    transaction((tx) => collectDelivery(tx, space, member, params.deliveryId, now)),

  devPostDelivery: ({space, body, now, transaction}) =>
    transaction((tx) => postDelivery(tx, space, body, now)),

  devCollectDelivery: ({space, params, now, transaction}) =>
    transaction((tx) => handOverDelivery(tx, space, params.deliveryId, now)),
});
