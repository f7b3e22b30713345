import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {CallOptions, QueryOf, ResponseOf} from '../../types/request.js';
import type {QueryDescriptor} from '../../types/store.js';
import * as endpoints from './endpoints.js';

/** `resourceIds` as a list; the wire format is comma-separated. */
export type AvailabilityParams = Omit<QueryOf<'getAvailability'>, 'resourceIds'> & {
  resourceIds?: readonly string[] | undefined;
};

/** Rooms, desks, offices and equipment. */
export const listResources = queryCall(endpoints.listResources);

/** Free (bookable) and busy intervals per resource. */
export const getAvailability = (
  client: PorticoCore,
  {resourceIds, ...params}: AvailabilityParams,
  options?: CallOptions,
) =>
  client.request(endpoints.getAvailability, {
    ...options,
    query: {...params, resourceIds: resourceIds?.join(',')},
  });

/** Resources rarely change: fresh for 5 minutes. */
export const resourcesQuery = (client: PorticoCore, params: QueryOf<'listResources'> = {}) =>
  query(['resources', {...params}], (signal) => listResources(client, params, {signal}), 300_000);

export const availabilityQuery = (
  client: PorticoCore,
  params: AvailabilityParams,
): QueryDescriptor<ResponseOf<'getAvailability'>> =>
  query(['availability', {...params}], (signal) => getAvailability(client, params, {signal}));

/** The space's floors and their drawings (the `floorPlans` feature). */
export const listFloors = call(endpoints.listFloors);

/** Floors change as rarely as resources: fresh for 5 minutes. */
export const floorsQuery = (client: PorticoCore) =>
  query(['floors'], (signal) => listFloors(client, {signal}), 300_000);

/** `client.resources`: what can be booked, where it is, and when it is free. */
export const calls = {list: listResources, getAvailability, floors: listFloors};
