export {createMockServer} from './create-mock-server.js';
export type {MockServer, MockServerOptions} from './create-mock-server.js';
export {toNodeListener} from './to-node-listener.js';
export type {FetchHandler, NodeListenerOptions} from './to-node-listener.js';
