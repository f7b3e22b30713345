// msw in the test page, answering with the mock server's handlers (fresh seeded state for
// every test).
import {http, HttpResponse} from 'msw';
import {setupWorker} from 'msw/browser';
import {createMockApi} from '@portico/mock-server';
import {createHandlers} from '@portico/mock-server/msw';
import type {Features, PorticoClient, Space} from '@portico/sdk';
import {API, SPACE, createTestClient, logIn} from './client.js';

/** The page's msw worker; `worker.use(...)` overrides a route for one test. */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/**
 * Starts msw once per test file, and gives the mock server a fresh seeded state. Call it in
 * `beforeEach`. Requests to the API that no handler answers fail the test.
 */
export async function resetMockApi(): Promise<void> {
  started ??= worker.start({
    quiet: true,
    serviceWorker: {url: '/mockServiceWorker.js'},
    onUnhandledFrame({frame, defaults}) {
      const request = (frame.data as {request?: Request}).request;
      // The test page's own modules are not API calls.
      if (request && !new URL(request.url).pathname.startsWith('/v1/')) return;
      defaults.error();
    },
  });
  await started;
  worker.resetHandlers(...createHandlers({scenario: 'demo'}));
}

/**
 * `client` (a new test client when none is given) with `member` signed in, unless it is
 * nobody (`null`) or the client is signed in already.
 */
export async function signedInClient(
  client: PorticoClient | undefined,
  member: string | null,
): Promise<PorticoClient> {
  const signed = client ?? createTestClient();
  if (member && !signed.session.isLoggedIn) await logIn(signed, member);
  return signed;
}

/**
 * The seeded space as the mock server describes it, with `changes` (test mode off, a part of
 * the portal turned off), for the rest of the test.
 */
export async function answerSpace(changes: (space: Space) => Partial<Space>): Promise<void> {
  const space = (await (await fetch(`${API}/spaces/${SPACE}`)).json()) as Space;
  const changed = {...space, ...changes(space)};
  worker.use(http.get(`*/v1/spaces/${SPACE}`, () => HttpResponse.json(changed)));
}

/**
 * From now on the mock server runs the seeded space without `off`'s parts: the space says so
 * (`features`) and their routes answer 404, as a real server of that space would.
 */
export function serveSpaceWithout(...off: (keyof Features)[]): void {
  const api = createMockApi({scenario: 'demo'});
  api.db.transaction((tx) => {
    for (const space of tx.all<{id: string; features: Features}>('spaces')) {
      const features = {...space.features, ...Object.fromEntries(off.map((f) => [f, false]))};
      tx.put('spaces', {...space, features});
    }
  });
  worker.resetHandlers(...createHandlers({api}));
}

export {API, MEMBER, SPACE, createTestClient, logIn, readCode, readMail} from './client.js';
