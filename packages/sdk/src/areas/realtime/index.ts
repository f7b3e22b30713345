// `@portico/sdk/realtime`: the server-sent event stream (`client.realtime` shares one over every
// subscriber), its parser, what each event invalidates, and the event types.
export {RealtimeStream} from './RealtimeStream.js';
export type {RealtimeStreamOptions, RealtimeStreamStatus} from './RealtimeStream.js';
export {SseParser} from './SseParser.js';
export type {SseMessage} from './SseParser.js';
export {EVENT_INVALIDATES} from './invalidates.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
