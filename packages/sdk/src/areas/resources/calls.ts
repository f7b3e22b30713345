import {getAvailability, listResources} from '../../contract/endpoints.js';
import type {PorticoCore} from '../../core/PorticoCore.js';
import type {CallOptions, QueryOf, ResponseOf} from '../../types/request.js';
import type {QueryDescriptor} from '../../types/store.js';
import {query} from '../../core/query.js';

/** `resourceIds` as a list; the wire format is comma-separated. */
export type AvailabilityParams = Omit<QueryOf<'getAvailability'>, 'resourceIds'> & {
  resourceIds?: readonly string[] | undefined;
};

const availabilityOf = (
  client: PorticoCore,
  {resourceIds, ...params}: AvailabilityParams,
  options?: CallOptions,
) =>
  client.request(getAvailability, {
    ...options,
    query: {...params, resourceIds: resourceIds?.join(',')},
  });

/** `client.resources`: rooms, desks, offices and equipment. */
export const resourcesApi = (client: PorticoCore) => ({
  list: (query?: QueryOf<'listResources'>, options?: CallOptions) =>
    client.request(listResources, {...options, query}),
});

/** `client.availability`: free (bookable) and busy intervals per resource. */
export const availabilityApi = (client: PorticoCore) => ({
  get: (params: AvailabilityParams, options?: CallOptions) =>
    availabilityOf(client, params, options),
});

/** Resources rarely change: fresh for 5 minutes. */
export const resourcesQuery = (client: PorticoCore, params: QueryOf<'listResources'> = {}) =>
  query(
    ['resources', {...params}],
    (signal) => client.request(listResources, {signal, query: params}),
    300_000,
  );

export const availabilityQuery = (
  client: PorticoCore,
  params: AvailabilityParams,
): QueryDescriptor<ResponseOf<'getAvailability'>> =>
  query(['availability', {...params}], (signal) => availabilityOf(client, params, {signal}));
