// A space's backend, in Node, with the Portico SDK: prints tomorrow's schedule of a room —
// what the screen by its door shows, or what the cleaning team gets by mail each evening.
//
//   npm run dev                                    against a mock server started here
//   PORTICO_API_URL=https://api.example/v1 PORTICO_SPACE=your-space node room-schedule.mjs
//
// Options (environment): ROOM (a resource id, from `GET /resources`: a wrong one lists them;
// default the first meeting room), and
// PORTICO_EMAIL to also list that member's own bookings for tomorrow (the mock server's dev
// mailbox gives the sign-in code; a real backend would keep a session it was given).
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createPorticoClient, isPorticoError} from '@portico/sdk';
import {addDays, calendarDayOf, zonedDateTimeToInstant} from '@portico/sdk/domain';

/** `ROOM` names no meeting room of the space; `rooms` are the ones it has. */
export class UnknownRoomError extends Error {
  constructor(roomId, space, rooms) {
    super(`No meeting room "${roomId}" in ${space.name}.`);
    this.name = 'UnknownRoomError';
    this.rooms = rooms;
  }
}

/**
 * Tomorrow's schedule of one room, in the space's time zone: busy times (who booked them is
 * private), free times, and, with a signed-in client, the member's own bookings.
 */
export async function roomSchedule(client, {roomId, now = Date.now()} = {}) {
  const [space, {items: rooms}] = await Promise.all([
    client.space.get(),
    client.resources.list({type: 'meeting_room'}),
  ]);
  const room = roomId ? rooms.find((each) => each.id === roomId) : rooms[0];
  if (!room) throw new UnknownRoomError(roomId, space, rooms);

  // "Tomorrow" is a calendar day in the space's zone, not the server's.
  const day = addDays(calendarDayOf(now, space.timeZone), 1);
  const iso = (ms) => new Date(ms).toISOString();
  const from = iso(zonedDateTimeToInstant(day, '00:00', space.timeZone));
  const to = iso(zonedDateTimeToInstant(addDays(day, 1), '00:00', space.timeZone));

  const availability = await client.resources.getAvailability({from, to, resourceIds: [room.id]});
  const {busy, free} = availability.resources[0] ?? {busy: [], free: []};
  const mine = client.session.isLoggedIn
    ? (await client.bookings.list({from, to, status: 'confirmed'})).items.filter(
        (booking) => booking.resourceId === room.id,
      )
    : [];
  return {space, room, day, busy, free, mine};
}

/** The schedule as lines of text, times in the space's zone. */
export function formatSchedule({space, room, day, busy, free, mine}) {
  const time = new Intl.DateTimeFormat('en-GB', {timeStyle: 'short', timeZone: space.timeZone});
  const range = ({start, end}) => `${time.format(new Date(start))}–${time.format(new Date(end))}`;
  const lines = [`${room.name} (${space.name}), ${day}, times in ${space.timeZone}`];
  lines.push(busy.length ? `  booked: ${busy.map(range).join(', ')}` : '  booked: nothing yet');
  lines.push(free.length ? `  free:   ${free.map(range).join(', ')}` : '  free:   nothing');
  if (mine.length) lines.push(`  yours:  ${mine.map(range).join(', ')}`);
  return lines.join('\n');
}

/** Signs `email` in with the code from the mock server's dev mailbox (mock only). */
async function signInWithDevMailbox(client, apiUrl, space, email) {
  const {challengeId} = await client.auth.requestCode({email});
  const url = `${apiUrl}/spaces/${space}/__dev/mailbox?email=${encodeURIComponent(email)}`;
  const {messages} = await (await fetch(url)).json();
  await client.auth.verifyCode({challengeId, code: messages.find((m) => m.code).code});
}

async function main() {
  let apiUrl = process.env.PORTICO_API_URL;
  const space = process.env.PORTICO_SPACE ?? 'demo';
  let mock;
  if (!apiUrl) {
    // No API given: a seeded mock server in this process (a devDependency).
    const {createMockServer} = await import('@portico/mock-server/node');
    mock = await createMockServer({port: 0, scenario: 'demo'});
    apiUrl = mock.apiUrl;
  }
  // Node keeps the session in memory; one client per process is enough.
  const client = createPorticoClient({baseUrl: apiUrl, space, realtime: false});
  try {
    if (process.env.PORTICO_EMAIL) {
      await signInWithDevMailbox(client, apiUrl, space, process.env.PORTICO_EMAIL);
    }
    console.log(formatSchedule(await roomSchedule(client, {roomId: process.env.ROOM})));
  } catch (error) {
    if (error instanceof UnknownRoomError) {
      // A usage mistake, not a crash: say which ids exist (exit code 2, like a bad argument).
      console.error(`${error.message} Set ROOM to one of its meeting rooms' ids:`);
      for (const room of error.rooms) console.error(`  ${room.id}  ${room.name}`);
      process.exitCode = 2;
      return;
    }
    // Every failure of the API is a PorticoError with a stable code.
    console.error(isPorticoError(error) ? `${error.code}: ${error.message}` : error);
    process.exitCode = 1;
  } finally {
    if (client.session.isLoggedIn) await client.auth.logout().catch(() => {});
    await mock?.close();
  }
}

// Run, unless imported (the end-to-end tests import roomSchedule).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
