import {routes} from '@portico/sdk/contract';
import type {RouteDefinition, RouteName} from '@portico/sdk/contract';
import type {CaseContext, Slot} from '../context.js';
import {bookingBody, defineCases} from '../define-cases.js';
import {expectInvalidField, expectProblem, ok} from '../expect.js';

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

/** Posts a booking of `slot` with `change` written over its body. */
function postBooking(context: CaseContext, token: string, slot: Slot, change: object) {
  return post(context, '/bookings', token, JSON.stringify({...bookingBody(slot), ...change}));
}

export const badInputCases = defineCases('bad input', {
  async 'malformed JSON answers 400'(context) {
    const {token} = await context.login('ada@example.com');
    expectProblem(
      await post(context, '/bookings', token, '{"resourceId": "r1", '),
      'bad_request',
      'malformed JSON',
    );
  },

  async 'an unknown field answers 400 naming it'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots();
    const reply = await postBooking(context, token, slot!, {sneaky: true});
    expectInvalidField(reply, 'sneaky', 'an unknown field');
  },

  async 'a wrong type or a bad date answers 400 naming the field'(context) {
    const {token} = await context.login('ada@example.com');
    const [slot] = await context.slots();
    const wrongType = await postBooking(context, token, slot!, {start: 12});
    expectInvalidField(wrongType, 'start', 'start: 12');
    const badDate = await postBooking(context, token, slot!, {end: '2026-02-30T25:00:00Z'});
    expectInvalidField(badDate, 'end', 'a bad date');
    const badQuery = await context.api.call('getAvailability', {
      query: {from: 'yesterday', to: 'tomorrow'},
    });
    expectInvalidField(badQuery, 'from', 'availability from=yesterday');
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
    expectInvalidField(reply, 'quantity', 'quantity -1');
  },

  async 'a 10,012-character sign-up email answers 400 naming it'(context) {
    const email = `${'a'.repeat(64)}@${'b'.repeat(9_935)}.example.com`;
    const reply = await context.api.call('requestCode', {body: {email}});
    expectInvalidField(reply, 'email', 'a 10,012-character email');
  },

  async 'a javascript: or plain-http photo answers 400 naming photoUrl'(context) {
    const {token} = await context.login('ada@example.com');
    const before = await context.api.call('getProfile', {token});
    for (const photoUrl of ['javascript:alert(1)', 'http://cdn.example.com/me.jpg']) {
      const reply = await context.api.call('updateProfile', {token, body: {photoUrl}});
      expectInvalidField(reply, 'photoUrl', `photoUrl ${photoUrl}`);
    }
    const me = await context.api.call('getProfile', {token});
    ok(
      !me.problem && !before.problem && me.body.photoUrl === before.body.photoUrl,
      'a refused photoUrl is not stored',
    );
  },

  async 'a 121-character name answers 400 naming it; 120 is kept whole'(context) {
    const {token} = await context.login('ada@example.com');
    const tooLong = await context.api.call('updateProfile', {token, body: {name: 'W'.repeat(121)}});
    expectInvalidField(tooLong, 'name', 'a 121-character name');
    const longest = await context.api.call('updateProfile', {token, body: {name: 'W'.repeat(120)}});
    ok(!longest.problem && longest.body.name.length === 120, 'a 120-character name is kept');
    await context.api.call('updateProfile', {token, body: {name: 'Ada Lovelace'}});
  },

  async 'a right-to-left override in a name answers 400 naming it'(context) {
    const {token} = await context.login('ada@example.com');
    const reply = await context.api.call('updateProfile', {
      token,
      body: {name: 'Ada \u202Efdp.exe'},
    });
    expectInvalidField(reply, 'name', 'a U+202E name');
  },

  async 'a 2 MB body answers 413'(context) {
    const {token} = await context.login('ada@example.com');
    const body = JSON.stringify({note: 'x'.repeat(2 * 1024 * 1024)});
    expectProblem(
      await post(context, '/bookings', token, body),
      'payload_too_large',
      'a 2 MB body',
    );
  },

  async 'path traversal in an id answers 400 validation_failed'(context) {
    const {token} = await context.login('ada@example.com');
    // (A bare `%2e%2e` segment never reaches a server: URL parsing removes it as `..`.)
    for (const id of ['..%2F..%2Fme', '%2e%2e%2fme', '..%5C..%5Cme', 'a%00b']) {
      const reply = await context.api.raw(context.api.spaceUrl(`/bookings/${id}`), {
        method: 'DELETE',
        headers: {authorization: `Bearer ${token}`},
      });
      expectProblem(reply, 'validation_failed', `DELETE /bookings/${id}`);
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

  async 'every route that takes a body answers 400 validation_failed to a body of the wrong shape'(
    context,
  ) {
    const {token} = await context.login('ada@example.com');
    for (const [name, route] of routesWith((route) => route.body !== undefined)) {
      // An array where every body is an object: valid JSON, wrong shape.
      const reply = await send(context, route, token, fillPath(route, 'x1'), '[]');
      expectProblem(reply, 'validation_failed', `${name}: ${route.method} ${route.path} with []`);
    }
  },

  async 'every route with a path parameter answers 400 validation_failed naming a malformed one'(
    context,
  ) {
    const {token} = await context.login('ada@example.com');
    for (const [name, route] of routesWith((route) => route.path.includes(':'))) {
      const param = /:(\w+)/.exec(route.path)![1]!;
      const reply = await send(
        context,
        route,
        token,
        fillPath(route, 'bad%00id'),
        route.body ? '{}' : undefined,
      );
      const what = `${name}: ${route.method} ${route.path} with ${param}=bad%00id`;
      expectInvalidField(reply, param, what);
    }
  },
});

/** The contract's routes that `filter` keeps, by name. */
function routesWith(filter: (route: RouteDefinition) => boolean): [RouteName, RouteDefinition][] {
  return (Object.entries(routes) as [RouteName, RouteDefinition][]).filter(([, route]) =>
    filter(route),
  );
}

/** The route's path under the space, every `:param` replaced with `value` (sent as is). */
function fillPath(route: RouteDefinition, value: string): string {
  return route.path.replace(/:(\w+)/g, value);
}

/** Sends raw text to a route as a logged-in member would, with an Idempotency-Key if it takes one. */
function send(
  context: CaseContext,
  route: RouteDefinition,
  token: string,
  path: string,
  body: string | undefined,
) {
  const headers: Record<string, string> = {authorization: `Bearer ${token}`};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (route.idempotent) headers['idempotency-key'] = context.key();
  return context.api.raw(context.api.spaceUrl(path === '/' ? '' : path), {
    method: route.method,
    headers,
    body,
  });
}
