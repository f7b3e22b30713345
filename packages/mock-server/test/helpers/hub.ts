// What a member's open page hears from the mock server's realtime hub, for tests that check
// that a change reaches the member live.
import type {HubEvent} from '../../src/areas/realtime/realtime-hub.js';
import type {Api} from './mock-api.js';

/** The realtime events Ada's open page would hear, in the order they come. */
export function adaHears(t: Api): HubEvent['event'][] {
  const heard: HubEvent['event'][] = [];
  t.api.realtime.subscribe({spaceId: 'sp_demo', memberId: 'mem_ada'}, (e) => heard.push(e.event));
  return heard;
}

/** The titles of the notices (`notification.created`) among `heard`, in order. */
export function noticeTitles(heard: readonly HubEvent['event'][]): string[] {
  return heard.flatMap((e) =>
    e.type === 'notification.created' ? [e.data.notification.title] : [],
  );
}
