import {MINUTE_MS} from '@portico/sdk/domain';
import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';

/** A six-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** Sends a wrong code for `challenge`, which must answer `invalid_code`. */
async function expectWrong(
  context: CaseContext,
  challenge: {challengeId: string; code: string},
  what: string,
): Promise<void> {
  const reply = await context.api.call('verifyCode', {
    body: {challengeId: challenge.challengeId, code: wrong(challenge.code)},
  });
  expectProblem(reply, 'invalid_code', what);
}

export const authCases = defineCases('auth', {
  async 'log in with an emailed code'(context) {
    const {token, member} = await context.login(ADA);
    const me = await context.api.call('getProfile', {token});
    expectStatus(me, 200, 'GET /me');
    ok(
      me.body.id === member.id && me.body.email === ADA,
      'GET /me answers another member than the one logged in',
    );
  },

  async 'a code works only once'(context) {
    const {challengeId, code} = await context.requestCode(ADA);
    expectStatus(
      await context.api.call('verifyCode', {body: {challengeId, code}}),
      200,
      'first use of the code',
    );
    const again = await context.api.call('verifyCode', {body: {challengeId, code}});
    expectProblem(again, 'code_expired', 'second use of the same code');
  },

  async 'a wrong code is refused'(context) {
    const {challengeId, code} = await context.requestCode(ADA);
    const reply = await context.api.call('verifyCode', {body: {challengeId, code: wrong(code)}});
    expectProblem(reply, 'invalid_code', 'a wrong code');
  },

  async 'a code expires after 10 minutes'(context) {
    const {challengeId, code} = await context.requestCode(ADA);
    await context.setClock(context.now + 10 * MINUTE_MS + 1000);
    const reply = await context.api.call('verifyCode', {body: {challengeId, code}});
    expectProblem(reply, 'code_expired', 'a code used after 10 minutes');
  },

  async '4 wrong codes answer invalid_code; the 5th locks the email for 20 minutes from the first'(
    context,
  ) {
    // The server's clock runs on between calls: time each step, so that a slow network or a
    // loaded machine widens the bounds by exactly the time it took, and nothing else does.
    await context.setClock(context.now);
    const first = context.now;
    const sinceFirst = performance.now();
    let firstFailureBy = 0;
    const {challengeId, code} = await context.requestCode(ADA);
    let sinceMove = 0;
    for (let attempt = 1; attempt <= 4; attempt++) {
      // The first failure now, the others 5 minutes later: the lock counts from the first.
      if (attempt === 2) {
        await context.setClock(first + 5 * MINUTE_MS);
        sinceMove = performance.now();
      }
      const reply = await context.api.call('verifyCode', {body: {challengeId, code: wrong(code)}});
      expectProblem(reply, 'invalid_code', `wrong code #${attempt} (4 wrong codes do not lock)`);
      if (attempt === 1) firstFailureBy = Math.ceil(performance.now() - sinceFirst);
    }
    const fifth = await context.api.call('verifyCode', {body: {challengeId, code: wrong(code)}});
    expectProblem(fifth, 'too_many_attempts', 'wrong code #5');
    const locked = await context.api.call('verifyCode', {body: {challengeId, code}});
    expectProblem(locked, 'too_many_attempts', 'the right code while locked');
    const lockedBy = performance.now() - sinceMove;
    // The first failure came at most `firstFailureBy` after `first`, and this answer at most
    // `lockedBy` after the clock read `first + 5 minutes`: 15 minutes left, give or take those.
    const retryAfter = Number(locked.headers.get('retry-after'));
    ok(
      Number.isInteger(retryAfter) &&
        retryAfter * 1000 > 15 * MINUTE_MS - lockedBy - 1000 &&
        retryAfter * 1000 <= 15 * MINUTE_MS + firstFailureBy + 1000,
      `Retry-After is "${locked.headers.get('retry-after')}" 5 minutes after the first failure; ` +
        'expected about 900 seconds (the lock lasts 20 minutes from the first failure)',
    );
    await context.setClock(first + 19 * MINUTE_MS);
    const otp = await context.api.call('requestCode', {body: {email: ADA}});
    expectProblem(
      otp,
      'too_many_attempts',
      'asking for a new code 19 minutes after the first failure',
    );
    await context.setClock(first + 20 * MINUTE_MS + firstFailureBy + 1000);
    await context.login(ADA);
  },

  async 'wrong codes spread over more than 20 minutes do not lock'(context) {
    const first = context.now;
    const early = await context.requestCode(ADA);
    await expectWrong(context, early, 'wrong code #1');
    await context.setClock(first + MINUTE_MS);
    for (let attempt = 2; attempt <= 4; attempt++)
      await expectWrong(context, early, `wrong code #${attempt}`);
    // 21 minutes after the first failure: only 4 failures lie within any 20 minutes.
    await context.setClock(first + 21 * MINUTE_MS);
    const late = await context.requestCode(ADA);
    await expectWrong(context, late, 'wrong code #5, 21 minutes after the first');
    expectStatus(
      await context.api.call('verifyCode', {body: late}),
      200,
      'the right code after 5 wrong ones spread over 21 minutes',
    );
  },

  async 'a token of another space answers 401'(context) {
    const {token} = await context.login(ADA);
    const other = context.otherSpace();
    expectStatus(await other.call('getSpace'), 200, `GET the space "${other.space}"`);
    expectProblem(
      await other.call('getProfile', {token}),
      'unauthorized',
      `GET /me in "${other.space}" with a token of "${context.api.space}"`,
    );
  },

  async 'member routes need a valid bearer token'(context) {
    expectProblem(await context.api.call('getProfile'), 'unauthorized', 'GET /me without a token');
    expectProblem(
      await context.api.call('getProfile', {token: 'not-a-token'}),
      'unauthorized',
      'GET /me with a made-up token',
    );
  },

  async 'logout revokes the token'(context) {
    const {token} = await context.login(ADA);
    expectStatus(await context.api.call('logout', {token}), 204, 'POST /auth/logout');
    expectProblem(
      await context.api.call('getProfile', {token}),
      'unauthorized',
      'GET /me after logout',
    );
  },

  async 'a member who has not accepted the terms cannot book or order (403)'(context) {
    const {token, member} = await context.login('chloe@example.com');
    ok(
      !member.termsAccepted,
      'chloe@example.com is seeded with the terms accepted; she must not be',
    );
    const [slot] = await context.slots();
    const booking = await context.send('createBooking', {
      token,
      body: bookingBody(slot!),
    });
    expectProblem(booking, 'terms_not_accepted', 'chloe books');
    const products = await context.api.call('listProducts');
    expectStatus(products, 200, 'GET /products');
    const product = products.body.items.find((item) => item.stock === null || item.stock > 0);
    ok(product, 'no product in stock');
    const order = await context.send('createOrder', {
      token,
      body: {items: [{productId: product.id, quantity: 1}]},
    });
    expectProblem(order, 'terms_not_accepted', 'chloe orders');
  },
});
