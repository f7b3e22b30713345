// The root entry is safe in a browser: nothing here imports a Node module. The standalone
// server (node:http, node:fs) is in '@portico/mock-server/node'.
export {createMockApi} from './create-mock-api.js';
export type {MockApi, MockApiOptions} from './create-mock-api.js';
export {createHandlers} from './msw.js';
export type {HandlersOptions} from './msw.js';
export {RealtimeHub} from './areas/realtime/realtime-hub.js';
export type {Audience, HubEvent} from './areas/realtime/realtime-hub.js';
export {Db} from './state/db.js';
export type {Change, ChangeSet, CommitListener, Row, Snapshot, Transaction} from './state/db.js';
export type {Clock} from './state/clock.js';
export {InternalError, ProblemError, devUtils, invariant} from './problem.js';
export {buildScenario} from './seeds/index.js';
