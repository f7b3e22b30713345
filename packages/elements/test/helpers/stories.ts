// What every element's stories share: each story's own client of the mock API, and the states
// every element that shows data has (loading, signed out, the API failing with 503).
import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import {http, type RequestHandler} from 'msw';
import {createTestClient, logIn} from './client.js';
import {unavailable} from './problem.js';

/** The story-level parameters {@link StoryClients.open} reads. */
export interface StateParameters {
  /** Who signs in before the story renders (`null`: nobody), instead of the file's default. */
  member?: string | null;
  /** Requests whose URL path ends with one of these never get an answer (until aborted). */
  pendingPaths?: string[];
}

/** ky's longest timeout (2^31 - 1 ms): "loading" stays loading. */
const MAX_TIMEOUT = 2_147_483_647;

/**
 * A fetch that leaves some requests unanswered until they are aborted. Unlike an msw handler
 * that never resolves, nothing stays pending after the story (msw's `worker.stop()` waits
 * for every request it is still handling).
 */
function pendingFetch(paths: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (!paths.some((path) => new URL(request.url).pathname.endsWith(path))) return fetch(request);
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {once: true});
    });
  };
}

/** The part of Storybook's story context a client is made for. */
interface StoryContextLike {
  id: string;
  /** Left out by the story tests that call a file's `beforeEach` themselves. */
  parameters?: object;
}

/** Each story's own client, made by the file's `beforeEach` (after msw is ready). */
export class StoryClients {
  readonly #clients = new Map<string, PorticoClient>();

  /** The client of the story `context` renders. */
  get(context: {id: string}): PorticoClient | undefined {
    return this.#clients.get(context.id);
  }

  /**
   * Makes the story's client, leaving its `pendingPaths` unanswered, and signs in the story's
   * `member` parameter, or `member` when the story does not say. `close()` is the cleanup
   * that `beforeEach` returns: it aborts what is still in flight.
   */
  async open(
    context: StoryContextLike,
    member: string | null,
  ): Promise<{client: PorticoClient; close: () => void}> {
    const parameters: StateParameters = context.parameters ?? {};
    const {pendingPaths = []} = parameters;
    const client = createTestClient(
      pendingPaths.length > 0 ? {fetch: pendingFetch(pendingPaths), timeout: MAX_TIMEOUT} : {},
    );
    const who = parameters.member === undefined ? member : parameters.member;
    if (who) await logIn(client, who);
    this.#clients.set(context.id, client);
    return {
      client,
      close: () => {
        client.store.clear();
        this.#clients.delete(context.id);
      },
    };
  }
}

/** The request to `path` has not answered yet: a skeleton, `aria-busy`, "Loading…". */
export function loadingStory(path: string): {parameters: StateParameters} {
  return {parameters: {pendingPaths: [path]}};
}

/** Nobody is signed in: a message and a "Sign in" button (or the `signed-out` slot). */
export const signedOutStory: {parameters: StateParameters} = {parameters: {member: null}};

/**
 * `GET url` answers 503 `service_unavailable` (`times` times in a row, for an element that
 * asks twice), then the seeded space again: the reason and a Retry that works.
 */
export function errorStory(
  url: string,
  times = 1,
): {parameters: {msw: {handlers: RequestHandler[]}}} {
  const failures = Array.from({length: times}, () => http.get(url, unavailable, {once: true}));
  return {parameters: {msw: {handlers: [...failures, ...createHandlers({scenario: 'demo'})]}}};
}
