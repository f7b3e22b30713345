// `@portico/sdk`: what an app needs to call the API — the client, its errors and the
// contract's types. Each area's calls, for lean bundles, are in `@portico/sdk/<area>`
// (`@portico/sdk/bookings`, …); the schemas and route table in `@portico/sdk/contract`; the
// domain rules in `@portico/sdk/domain`; the query cache in `@portico/sdk/store`; the event
// stream in `@portico/sdk/realtime`.

// The client
export {createPorticoClient} from './core/createPorticoClient.js';
export {extendClient} from './core/extendClient.js';
export type {PorticoApiClient} from './core/extendClient.js';
export {PorticoClient} from './core/PorticoClient.js';
export {PorticoCore} from './core/PorticoCore.js';
export type {
  ClientSession,
  PorticoClientEvents,
  RealtimeSubscribeOptions,
  StoreContext,
} from './core/PorticoCore.js';
export type {Namespaces} from './core/namespaces.js';
export type {Queries} from './core/queries.js';
export type {QueryRoot} from './contract/query-roots.js';
export type {AvailabilityParams} from './areas/resources/calls.js';
export type {NotificationsParams} from './areas/notifications/calls.js';
export type {
  PersistStorageOptions,
  PorticoClientOptions,
  PorticoCoreOptions,
  RetryOptions,
} from './types/options.js';
export type {
  BodyOf,
  CallOptions,
  MutationOptions,
  ParamsOf,
  QueryOf,
  RequestArgs,
  RequestOptions,
  ResponseOf,
  RouteRequestArgs,
  RouteRequestOptions,
} from './types/request.js';
export type {QueryDescriptor, QueryKey, QueryState, QueryStatus} from './types/store.js';

// Errors
export {PorticoError} from './errors/PorticoError.js';
export type {PorticoErrorCode, PorticoErrorInit} from './errors/PorticoError.js';
export {PorticoValidationError} from './errors/PorticoValidationError.js';
export {isPorticoError, isPorticoValidationError} from './utils/type-guards.js';

// Session
export {memoryStorage} from './session/adapters.js';
export type {SessionOption, SessionStorageAdapter} from './session/adapters.js';
export type {SessionEvents} from './session/SessionManager.js';

// The contract's types (`Booking`, `CreditBalance`, …)
export type * from './contract/index.js';
