import type {CaseContext} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectNamesField, expectProblem, ok} from '../expect.js';

const BAD_REQUEST = ['bad_request', 'validation_failed'];

/** Posts raw text as JSON to a member route. */
async function post(context: CaseContext, path: string, token: string, body: string) {
  return context.api.raw(context.api.spaceUrl(path), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': context.key(),
    },
    body,
  });
}

export const badInputCases = defineCases('bad input', {
  async 'malformed JSON answers 400'(context) {
    const {token} = await context.login('ada@example.com');
    expectProblem(
      await post(context, '/bookings', token, '{"resourceId": "r1", '),
      400,
      BAD_REQUEST,
      'malformed JSON',
    );
  },

  async 'an unknown field answers 400 naming it'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots();
    const reply = await post(
      context,
      '/bookings',
      token,
      JSON.stringify({...bookingBody(slot!), sneaky: true}),
    );
    expectProblem(reply, 400, BAD_REQUEST, 'an unknown field');
    expectNamesField(reply, 'sneaky', 'an unknown field');
  },

  async 'a wrong type or a bad date answers 400 naming the field'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots();
    const wrongType = await post(
      context,
      '/bookings',
      token,
      JSON.stringify({...bookingBody(slot!), start: 12}),
    );
    expectProblem(wrongType, 400, BAD_REQUEST, 'start: 12');
    expectNamesField(wrongType, 'start', 'start: 12');
    const badDate = await post(
      context,
      '/bookings',
      token,
      JSON.stringify({...bookingBody(slot!), end: '2026-02-30T25:00:00Z'}),
    );
    expectProblem(badDate, 400, BAD_REQUEST, 'a bad date');
    expectNamesField(badDate, 'end', 'a bad date');
    const badQuery = await context.api.call('getAvailability', {
      query: {from: 'yesterday', to: 'tomorrow'},
    });
    expectProblem(badQuery, 400, BAD_REQUEST, 'availability from=yesterday');
    expectNamesField(badQuery, 'from', 'availability from=yesterday');
  },

  async 'a negative quantity answers 400 naming it'(context) {
    const {token} = await context.login('ada@example.com');
    const products = await context.api.call('listProducts');
    const productId = products.problem ? 'p1' : products.body.items[0]!.id;
    const reply = await post(
      context,
      '/orders/quote',
      token,
      JSON.stringify({items: [{productId, quantity: -1}]}),
    );
    expectProblem(reply, 400, BAD_REQUEST, 'quantity -1');
    expectNamesField(reply, 'quantity', 'quantity -1');
  },

  async 'a 2 MB body answers 413'(context) {
    const {token} = await context.login('ada@example.com');
    const body = JSON.stringify({note: 'x'.repeat(2 * 1024 * 1024)});
    expectProblem(
      await post(context, '/bookings', token, body),
      413,
      'payload_too_large',
      'a 2 MB body',
    );
  },

  async 'path traversal in an id answers 400 or 404'(context) {
    const {token} = await context.login('ada@example.com');
    // (A bare `%2e%2e` segment never reaches a server: URL parsing removes it as `..`.)
    for (const id of ['..%2F..%2Fme', '%2e%2e%2fme', '..%5C..%5Cme', 'a%00b']) {
      const reply = await context.api.raw(context.api.spaceUrl(`/bookings/${id}`), {
        method: 'DELETE',
        headers: {authorization: `Bearer ${token}`},
      });
      expectProblem(
        reply,
        [400, 404],
        ['bad_request', 'validation_failed', 'not_found'],
        `DELETE /bookings/${id}`,
      );
    }
  },

  async 'nothing answers 500'(context) {
    const {token} = await context.login('ada@example.com');
    const bodies = [
      'null',
      '[]',
      '"text"',
      '{"items": null}',
      '{"items": [{}]}',
      '{"items": [{"productId": "x", "quantity": 1e999}]}',
    ];
    for (const body of bodies) {
      const reply = await post(context, '/orders/quote', token, body);
      ok(
        reply.status >= 400 && reply.status < 500,
        `POST /orders/quote ${body} answered ${reply.status}`,
      );
    }
  },
});
