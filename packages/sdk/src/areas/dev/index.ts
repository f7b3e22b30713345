// `@portico/sdk/dev`: the mock server's dev-only routes (mailbox, clock, latency, reset,
// approvals), for tests and stories; a real server answers them 404.
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
