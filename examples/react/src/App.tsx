import type {PorticoApiClient} from '@portico/sdk';
import type {PorticoProvider} from '@portico/elements/provider.js';
import {useEffect, useRef, useState} from 'react';
import {NextBookings} from './NextBookings.js';

/** The space this app is for; the API is on the same origin under /v1 (the dev server's mock). */
const SPACE = 'demo';

export function App() {
  const provider = useRef<PorticoProvider>(null);
  // The provider's client: the elements and this app's own view share its session and cache.
  const [client, setClient] = useState<PorticoApiClient>();
  const [greeting, setGreeting] = useState('');

  useEffect(() => {
    void provider.current?.getClient().then(setClient);
  }, []);

  return (
    <portico-provider ref={provider} space={SPACE}>
      <header className="app-header">
        <h1>Member area</h1>
        {greeting && <p role="status">{greeting}</p>}
      </header>
      <main className="app-grid">
        <section className="panel" aria-labelledby="account-title">
          <h2 id="account-title">Account</h2>
          <portico-login
            onportico-login={(event) => setGreeting(`Hello, ${event.detail.member.name}!`)}
            onportico-logout={() => setGreeting('')}
          />
        </section>
        <section className="panel" aria-labelledby="credits-title">
          <h2 id="credits-title">Credits</h2>
          <portico-credit-balance hideHistory />
        </section>
        <section className="panel" aria-labelledby="next-title">
          <h2 id="next-title">My next bookings</h2>
          {client && <NextBookings client={client} />}
        </section>
        <section className="panel panel--wide" aria-labelledby="book-title">
          <h2 id="book-title">Book a room</h2>
          <portico-booking-calendar resourceType="meeting_room" view="day" />
        </section>
      </main>
    </portico-provider>
  );
}
