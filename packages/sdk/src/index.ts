// The client
export {createPorticoClient} from './core/createPorticoClient.js';
export {PorticoClient} from './core/PorticoClient.js';
export type {
  ClientSession,
  PorticoClientEvents,
  RealtimeSubscribeOptions,
} from './core/PorticoClient.js';
export type {AvailabilityParams, Namespaces, NotificationsParams} from './core/namespaces.js';
export type {Queries} from './core/queries.js';
export type {QueryRoot} from './core/effects.js';
export type {PersistStorageOptions, PorticoClientOptions, RetryOptions} from './types/options.js';
export type {
  BodyOf,
  CallOptions,
  MutationOptions,
  ParamsOf,
  QueryOf,
  RequestArgs,
  RequestOptions,
  ResponseOf,
} from './types/request.js';

// Errors
export {PorticoError} from './errors/PorticoError.js';
export type {PorticoErrorCode, PorticoErrorInit} from './errors/PorticoError.js';
export {PorticoValidationError} from './errors/PorticoValidationError.js';
export {isPorticoError, isPorticoValidationError} from './utils/type-guards.js';

// The store
export {QueryStore} from './store/QueryStore.js';
export type {QueryStoreOptions} from './store/QueryStore.js';
export type {PersistOptions} from './store/persistence.js';
export {hashKey, matchesPrefix} from './store/keys.js';
export type {
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
