// `@portico/sdk/realtime`: the server-sent event stream (`client.events` shares one over every
// subscriber), its parser, what each event invalidates, and the event types.
export {EventStream} from './EventStream.js';
export type {EventStreamOptions, EventStreamStatus} from './EventStream.js';
export {SseParser} from './SseParser.js';
export type {SseMessage} from './SseParser.js';
export {EVENT_INVALIDATES} from './invalidates.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
