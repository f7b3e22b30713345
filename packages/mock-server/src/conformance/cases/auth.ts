import {bookingBody, defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';
const MINUTE = 60_000;

/** A six-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

export const authCases = defineCases('auth', {
  async 'log in with an emailed code'(context) {
    const {token, member} = await context.login(ADA);
    const me = await context.api.call('getMe', {token});
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
    expectProblem(again, '4xx', ['invalid_code', 'code_expired'], 'second use of the same code');
  },

  async 'a wrong code is refused'(context) {
    const {challengeId, code} = await context.requestCode(ADA);
    const reply = await context.api.call('verifyCode', {body: {challengeId, code: wrong(code)}});
    expectProblem(reply, '4xx', 'invalid_code', 'a wrong code');
  },

  async 'a code expires after 10 minutes'(context) {
    const {challengeId, code} = await context.requestCode(ADA);
    await context.setClock(context.now + 10 * MINUTE + 1000);
    const reply = await context.api.call('verifyCode', {body: {challengeId, code}});
    expectProblem(reply, '4xx', 'code_expired', 'a code used after 10 minutes');
  },

  async '5 wrong codes lock the email (429 with Retry-After), and the lock lifts after 20 minutes'(
    context,
  ) {
    const {challengeId, code} = await context.requestCode(ADA);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const reply = await context.api.call('verifyCode', {body: {challengeId, code: wrong(code)}});
      // The fifth failure may already answer 429; none may succeed.
      expectProblem(
        reply,
        attempt < 5 ? '4xx' : [400, 401, 403, 422, 429],
        ['invalid_code', 'too_many_attempts'],
        `wrong code #${attempt}`,
      );
    }
    const locked = await context.api.call('verifyCode', {body: {challengeId, code}});
    expectProblem(locked, 429, 'too_many_attempts', 'the right code while locked');
    const retryAfter = Number(locked.headers.get('retry-after'));
    ok(
      Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 20 * 60,
      `Retry-After is "${locked.headers.get('retry-after')}", expected 1..1200 seconds`,
    );
    const otp = await context.api.call('requestCode', {body: {email: ADA}});
    expectProblem(otp, 429, 'too_many_attempts', 'asking for a new code while locked');
    await context.setClock(context.now + 20 * MINUTE + 1000);
    await context.login(ADA);
  },

  async 'member routes need a valid bearer token'(context) {
    expectProblem(await context.api.call('getMe'), 401, 'unauthorized', 'GET /me without a token');
    expectProblem(
      await context.api.call('getMe', {token: 'not-a-token'}),
      401,
      'unauthorized',
      'GET /me with a made-up token',
    );
  },

  async 'logout revokes the token'(context) {
    const {token} = await context.login(ADA);
    expectStatus(await context.api.call('logout', {token}), 204, 'POST /auth/logout');
    expectProblem(
      await context.api.call('getMe', {token}),
      401,
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
    const booking = await context.api.call('createBooking', {
      token,
      idempotencyKey: context.key(),
      body: bookingBody(slot!),
    });
    expectProblem(booking, 403, 'terms_not_accepted', 'chloe books');
    const products = await context.api.call('listProducts');
    expectStatus(products, 200, 'GET /products');
    const product = products.body.items.find((item) => item.stock === null || item.stock > 0);
    ok(product, 'no product in stock');
    const order = await context.api.call('createOrder', {
      token,
      idempotencyKey: context.key(),
      body: {items: [{productId: product.id, quantity: 1}]},
    });
    expectProblem(order, 403, 'terms_not_accepted', 'chloe orders');
  },
});
