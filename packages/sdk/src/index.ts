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
export type {AvailabilityParams, Namespaces, NotificationsParams} from './core/namespaces.js';
export type {Queries} from './core/queries.js';
export type {QueryRoot, RouteKey} from './core/effects.js';
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

// One area at a time, for the lean `PorticoCore`: `<area>Api(client)` is the namespace of
// `PorticoClient`, `<read>Query(client)` the descriptor of `client.queries.<read>()`. A bundle
// only carries the routes and schemas of the areas it imports.
export {authApi} from './areas/auth/calls.js';
export {bookingsApi, bookingsQuery} from './areas/bookings/calls.js';
export {creditLedgerQuery, creditsApi, creditsQuery} from './areas/credits/calls.js';
export {entriesApi, entriesQuery} from './areas/entries/calls.js';
export {calendarFeedQuery, meApi, meQuery} from './areas/profile/calls.js';
export {
  membershipApi,
  membershipHistoryQuery,
  membershipQuery,
  plansApi,
  plansQuery,
} from './areas/membership/calls.js';
export {notificationsApi, notificationsQuery} from './areas/notifications/calls.js';
export {
  myProductsApi,
  myProductsQuery,
  ordersApi,
  ordersQuery,
  productsApi,
  productsQuery,
} from './areas/shop/calls.js';
export {availabilityApi, availabilityQuery, resourcesApi, resourcesQuery} from './areas/resources/calls.js';
export {spaceApi, spaceQuery} from './areas/space/calls.js';

// Errors
export {PorticoError} from './errors/PorticoError.js';
export type {PorticoErrorCode, PorticoErrorInit} from './errors/PorticoError.js';
export {PorticoValidationError} from './errors/PorticoValidationError.js';
export {isPorticoError, isPorticoValidationError} from './utils/type-guards.js';

// The store
export {QueryCache} from './store/QueryCache.js';
export type {QueryCacheOptions, QueryPersister} from './store/QueryCache.js';
export {QueryStore} from './store/QueryStore.js';
export type {QueryStoreOptions} from './store/QueryStore.js';
export type {PersistOptions} from './store/persistence.js';
export {hashKey, matchesPrefix} from './store/keys.js';
export type {
  PersistedEntry,
  QueryDescriptor,
  QueryKey,
  QuerySnapshot,
  QueryState,
  QueryStatus,
  StoreEvent,
} from './types/store.js';

// Realtime
export {EventStream} from './realtime/EventStream.js';
export type {EventStreamOptions, EventStreamStatus} from './realtime/EventStream.js';
export {SseParser} from './realtime/SseParser.js';
export type {SseMessage} from './realtime/SseParser.js';

// Session
export {memoryStorage} from './session/adapters.js';
export type {SessionOption, SessionStorageAdapter} from './session/adapters.js';
export type {SessionEvents} from './session/SessionManager.js';

// The contract's types (`Booking`, `CreditBalance`, …); its schemas and route table are
// in `@portico/sdk/contract`, the domain rules in `@portico/sdk/domain`.
export type * from './contract/index.js';
