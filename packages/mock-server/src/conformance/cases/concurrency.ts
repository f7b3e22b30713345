import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';

export const concurrencyCases = defineCases('concurrency', {
  async 'two bookings racing for one slot: one 201, one 409, charged once'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const before = await context.credits(token);
    const body = bookingBody(slot!);
    const replies = await Promise.all([
      context.api.call('createBooking', {token, idempotencyKey: context.key(), body}),
      context.api.call('createBooking', {token, idempotencyKey: context.key(), body}),
    ]);
    const won = replies.filter((reply) => reply.status === 201);
    const lost = replies.filter((reply) => reply.status !== 201);
    ok(won.length === 1, `${won.length} of two racing bookings succeeded, expected exactly one`);
    expectProblem(lost[0]!, 409, 'slot_unavailable', 'the losing booking');
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
    ok(
      JSON.stringify(second.body) === JSON.stringify(first.body),
      'the retry answered a different body than the first request',
    );
    ok(
      (await context.credits(token)) === before - first.body.cost.credits,
      'the retry charged the credits again',
    );
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
    expectProblem(reused, 422, 'idempotency_key_reused', 'the same key with another body');
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
        expectProblem(reply, 409, 'idempotency_conflict', 'the concurrent retry');
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
});
