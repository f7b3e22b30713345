import {http} from 'msw';
import type {RequestHandler} from 'msw';
import type {MockApi, MockApiOptions} from './create-mock-api.js';
import {createMockApi} from './create-mock-api.js';

export interface HandlersOptions extends MockApiOptions {
  /**
   * Only intercept this origin (with or without a trailing `/v1`), e.g. `http://localhost:4010`.
   * @default any origin
   */
  baseUrl?: string;
  /** Serve this API instead of a fresh one (to reach its `db` or `clock` from a test). */
  api?: MockApi;
}

/**
 * msw handlers for the whole API: one catch-all handler that passes every `/v1/*` request to
 * the dispatcher, so msw does not match routes one by one. Each call has its own state,
 * unless `api` is given.
 * @example
 * const server = setupServer(...createHandlers({scenario: 'demo'}));
 * @example
 * // Storybook (msw-storybook-addon)
 * parameters: {msw: {handlers: createHandlers({scenario: 'empty'})}}
 */
export function createHandlers(options: HandlersOptions = {}): RequestHandler[] {
  const {baseUrl, api: given, ...apiOptions} = options;
  const api = given ?? createMockApi(apiOptions);
  const base = baseUrl === undefined ? '*' : baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
  return [http.all(`${base}/v1/*`, ({request}) => api.dispatch(request))];
}
