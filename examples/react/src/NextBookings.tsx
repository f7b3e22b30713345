import type {Booking, PorticoApiClient, QueryState} from '@portico/sdk';
import {useEffect, useState, useSyncExternalStore} from 'react';

/** Whether the client has a member signed in, following logins and logouts anywhere on the page. */
function useSignedIn(client: PorticoApiClient): boolean {
  return useSyncExternalStore(
    (onChange) => client.on('session-changed', onChange),
    () => client.session.isLoggedIn,
  );
}

/**
 * A view of the app's own, straight from the SDK: the member's next three bookings. It reads
 * through the client's store, so a booking made in the calendar (or by realtime) shows here
 * at once, and nothing is fetched twice.
 */
export function NextBookings({client}: {client: PorticoApiClient}) {
  const signedIn = useSignedIn(client);
  const [state, setState] = useState<QueryState<{items: Booking[]}>>();
  // Times in the space's time zone, as the elements show them.
  const [timeZone, setTimeZone] = useState<string>();

  useEffect(() => {
    void client.store.fetch(client.queries.space()).then((space) => setTimeZone(space.timeZone));
  }, [client]);

  useEffect(() => {
    if (!signedIn) return setState(undefined);
    const from = new Date().toISOString();
    return client.store.subscribe(client.queries.bookings({from, status: 'confirmed'}), setState);
  }, [client, signedIn]);

  if (!signedIn) return <p className="muted">Sign in to see your bookings.</p>;
  if (!state?.data || !timeZone) {
    return state?.status === 'error' ? (
      <p role="alert">Your bookings could not be loaded.</p>
    ) : (
      <p className="muted">Loading…</p>
    );
  }
  const next = [...state.data.items]
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .slice(0, 3);
  if (next.length === 0) return <p className="muted">Nothing booked yet.</p>;
  const when = new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeStyle: 'short', timeZone});
  return (
    <ul className="next-bookings" data-testid="next-bookings">
      {next.map((booking) => (
        <li key={booking.id}>
          <strong>{booking.resourceName}</strong>{' '}
          <span>{when.format(new Date(booking.start))}</span>
        </li>
      ))}
    </ul>
  );
}
