import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';

type Booked = {body: {cost: {credits: number}}};

/**
 * A POST /bookings sent again with the same Idempotency-Key answered the first body again,
 * and the credits (`before` the first) were taken once.
 */
async function expectReplayed(
  context: CaseContext,
  token: string,
  {first, again, before}: {first: Booked; again: Booked; before: number},
  label: string,
): Promise<void> {
  ok(
    JSON.stringify(again.body) === JSON.stringify(first.body),
    `${label} answered a different body than the first request`,
  );
  ok(
    (await context.credits(token)) === before - first.body.cost.credits,
    `after ${label}, the credits were not charged exactly once`,
  );
}

export const concurrencyCases = defineCases('concurrency', {
  async 'two bookings racing for one slot: one 201, one 409, charged once'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const before = await context.credits(token);
    const body = bookingBody(slot!);
    const replies = await Promise.all([
      context.send('createBooking', {token, body}),
      context.send('createBooking', {token, body}),
    ]);
    const won = replies.filter((reply) => reply.status === 201);
    const lost = replies.filter((reply) => reply.status !== 201);
    ok(won.length === 1, `${won.length} of two racing bookings succeeded, expected exactly one`);
    expectProblem(lost[0]!, 'slot_unavailable', 'the losing booking');
    const cost = (won[0]!.body as {cost: {credits: number}}).cost.credits;
    ok(
      (await context.credits(token)) === before - cost,
      'the credits were not charged exactly once',
    );
  },

  async 'the same Idempotency-Key answers the first result again, charged once'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const before = await context.credits(token);
    const idempotencyKey = context.key();
    const first = await context.api.call('createBooking', {
      token,
      idempotencyKey,
      body: bookingBody(slot!),
    });
    expectStatus(first, 201, 'the first POST /bookings');
    const second = await context.api.call('createBooking', {
      token,
      idempotencyKey,
      body: bookingBody(slot!),
    });
    expectStatus(second, 201, 'the retried POST /bookings');
    await expectReplayed(context, token, {first, again: second, before}, 'the retry');
  },

  async 'the same Idempotency-Key with another body answers 422'(context) {
    const {token} = await context.login(ADA);
    const [slot, other] = await context.slots();
    const idempotencyKey = context.key();
    expectStatus(
      await context.api.call('createBooking', {token, idempotencyKey, body: bookingBody(slot!)}),
      201,
      'the first POST /bookings',
    );
    const reused = await context.api.call('createBooking', {
      token,
      idempotencyKey,
      body: bookingBody(other!),
    });
    expectProblem(reused, 'idempotency_key_reused', 'the same key with another body');
  },

  async 'the same Idempotency-Key sent twice at once never books twice'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const before = await context.credits(token);
    const idempotencyKey = context.key();
    const body = bookingBody(slot!);
    const replies = await Promise.all([
      context.api.call('createBooking', {token, idempotencyKey, body}),
      context.api.call('createBooking', {token, idempotencyKey, body}),
    ]);
    const created = replies.filter((reply) => reply.status === 201);
    ok(created.length >= 1, 'neither request with the key succeeded');
    for (const reply of replies) {
      // 409 idempotency_conflict when the second arrives while the first runs, else a replay.
      if (reply.status !== 201)
        expectProblem(reply, 'idempotency_conflict', 'the concurrent retry');
    }
    const ids = new Set(
      created.flatMap((reply) => reply.body.bookings.map((booking) => booking.id)),
    );
    ok(ids.size === 1, `one key created ${ids.size} different bookings`);
    ok(
      (await context.credits(token)) === before - created[0]!.body.cost.credits,
      'the credits were not charged exactly once',
    );
  },

  async 'members racing: four requests of two members for one slot, one 201, three 409, charged once'(
    context,
  ) {
    const ada = await context.login(ADA);
    const ben = await context.login('ben@example.com');
    const [slot] = await context.slots();
    const body = bookingBody(slot!);
    const before = [await context.credits(ada.token), await context.credits(ben.token)];
    // Interleaved, each with its own key: a server that locks per member lets two through.
    const tokens = [ada.token, ben.token, ada.token, ben.token];
    const replies = await Promise.all(
      tokens.map((token) => context.send('createBooking', {token, body})),
    );
    const won = replies.flatMap((reply, i) => (reply.status === 201 ? [i] : []));
    ok(won.length === 1, `${won.length} of 4 racing bookings by two members succeeded, expected 1`);
    replies.forEach((reply, i) => {
      if (i !== won[0]) expectProblem(reply, 'slot_unavailable', `racing booking #${i + 1}`);
    });
    const winner = won[0]! % 2; // 0: ada, 1: ben
    const cost = (replies[won[0]!]!.body as {cost: {credits: number}}).cost.credits;
    const after = [await context.credits(ada.token), await context.credits(ben.token)];
    ok(
      after[winner] === before[winner]! - cost && after[1 - winner] === before[1 - winner],
      `credits went from ${before.join('/')} to ${after.join('/')} (ada/ben); expected only the ` +
        `winner charged ${cost}`,
    );
  },

  async 'a repeat of an Idempotency-Key while the first is in flight answers 409, then the replay'(
    context,
  ) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const before = await context.credits(token);
    const idempotencyKey = context.key();
    const body = bookingBody(slot!);
    await context.setLatency(800);
    const first = context.api.call('createBooking', {token, idempotencyKey, body});
    await new Promise((resolve) => setTimeout(resolve, 250));
    const repeat = await context.api.call('createBooking', {token, idempotencyKey, body});
    expectProblem(repeat, 'idempotency_conflict', 'the same key while the first is in flight');
    const firstReply = await first;
    expectStatus(firstReply, 201, 'the first POST /bookings');
    await context.setLatency(0);
    const replay = await context.api.call('createBooking', {token, idempotencyKey, body});
    expectStatus(replay, 201, 'the same key once the first has finished');
    await expectReplayed(context, token, {first: firstReply, again: replay, before}, 'the replay');
  },
});
