/** The page's msw worker; `worker.use(...)` overrides a route for one test. */
export declare const worker: import("msw/browser").SetupWorker;
/**
 * Starts msw once per test file, and gives the mock server a fresh seeded state. Call it in
 * `beforeEach`. Requests to the API that no handler answers fail the test.
 */
export declare function resetMockApi(): Promise<void>;
export { API, MEMBER, SPACE, createTestClient, logIn, readCode } from './client.js';
//# sourceMappingURL=mock-api.d.ts.map