import {addDays, calendarDayOf} from '@portico/sdk/domain';
import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';
const BEN = 'ben@example.com';
/** A member without a plan: the demo space gives visitors to monthly plans only. */
const CHLOE = 'chloe@example.com';

/** A day `days` from now in the space's time zone. */
async function dayFromNow(context: CaseContext, days: number): Promise<string> {
  const {timeZone} = await context.space();
  return addDays(calendarDayOf(context.now, timeZone), days);
}

/** Ada registers a visitor `days` ahead (a day with room: a week out by default). */
async function adaVisitor(context: CaseContext, token: string, days = 7) {
  const reply = await context.send('registerVisitor', {
    token,
    body: {name: 'Conformance Visitor', day: await dayFromNow(context, days), time: '11:00'},
  });
  expectStatus(reply, 201, 'POST /me/visitors');
  return reply.body;
}

/** The front desk posts a parcel for Ada. */
async function adaParcel(context: CaseContext) {
  const reply = await context.api.call('devPostDelivery', {
    body: {member: ADA, carrier: 'Conformance Post', size: 'small', location: 'Front desk'},
  });
  expectStatus(reply, 201, 'POST /__dev/deliveries');
  return reply.body;
}

export const frontDeskCases = defineCases('front desk', {
  async "another member's visitor and parcel answer 404 and stay unchanged"(context) {
    const ada = await context.login(ADA);
    const ben = await context.login(BEN);
    const visitor = await adaVisitor(context, ada.token);
    const params = {visitorId: visitor.id};
    await context.expectNotFound(ben.token, [
      ['updateVisitor', {params, body: {time: '12:00'}}, "ben changes ada's visitor"],
      ['cancelVisitor', {params}, "ben cancels ada's visitor"],
    ]);
    const parcel = await adaParcel(context);
    await context.expectNotFound(ben.token, [
      ['collectDelivery', {params: {deliveryId: parcel.id}}, "ben collects ada's parcel"],
    ]);
    const visitors = await context.api.call('listVisitors', {token: ben.token});
    expectStatus(visitors, 200, "ben's GET /me/visitors");
    ok(
      ![...visitors.body.upcoming, ...visitors.body.past].some((v) => v.id === visitor.id),
      "ada's visitor is in ben's list",
    );
    const deliveries = await context.api.call('listDeliveries', {token: ada.token});
    ok(
      deliveries.body.waiting.some((d) => d.id === parcel.id),
      "ada's parcel is no longer waiting after ben tried to collect it",
    );
  },

  async 'a visitor can change until they arrive, then is 409 visitor_not_expected'(context) {
    const {token} = await context.login(ADA);
    const visitor = await adaVisitor(context, token);
    const params = {visitorId: visitor.id};
    const moved = await context.api.call('updateVisitor', {token, params, body: {time: '15:15'}});
    expectStatus(moved, 200, 'PATCH /me/visitors/:id');
    ok(moved.body.time === '15:15', `the visitor's time is ${moved.body.time}, expected 15:15`);
    const arrived = await context.api.call('devVisitorArrived', {params});
    expectStatus(arrived, 200, 'POST /__dev/visitors/:id/arrive');
    ok(arrived.body.status === 'arrived', `the visitor is ${arrived.body.status}, not arrived`);
    expectProblem(
      await context.api.call('cancelVisitor', {token, params}),
      'visitor_not_expected',
      'cancelling a visitor who arrived',
    );
    expectProblem(
      await context.api.call('devVisitorArrived', {params}),
      'visitor_not_expected',
      'a visitor arriving twice',
    );
  },

  async 'the day limit refuses one visitor too many with 422 visitor_limit_reached'(context) {
    const {token} = await context.login(ADA);
    const list = await context.api.call('listVisitors', {token});
    expectStatus(list, 200, 'GET /me/visitors');
    const {perDay} = list.body.rules;
    for (let i = 0; i < perDay; i++) await adaVisitor(context, token, 9);
    const refused = await context.send('registerVisitor', {
      token,
      body: {name: 'One too many', day: await dayFromNow(context, 9), time: '16:00'},
    });
    expectProblem(refused, 'visitor_limit_reached', `visitor ${perDay + 1} on one day`);
  },

  async 'a plan without visitors is 403 visitors_members_only; a past time 422 visitor_in_past'(
    context,
  ) {
    const chloe = await context.login(CHLOE);
    const list = await context.api.call('listVisitors', {token: chloe.token});
    expectStatus(list, 200, 'GET /me/visitors as a member whose plan has no visitors');
    ok(!list.body.rules.allowed, 'the rules allow visitors to a member whose plan has none');
    const visit = {name: 'Conformance Visitor', day: await dayFromNow(context, 7), time: '11:00'};
    expectProblem(
      await context.send('registerVisitor', {token: chloe.token, body: visit}),
      'visitors_members_only',
      'registering a visitor on a plan without visitors',
    );
    const {token} = await context.login(ADA);
    expectProblem(
      await context.send('registerVisitor', {
        token,
        body: {...visit, day: await dayFromNow(context, -1)},
      }),
      'visitor_in_past',
      'registering a visitor for yesterday',
    );
  },

  async 'a parcel is collected once; the second time is 409 delivery_already_collected'(context) {
    const {token} = await context.login(ADA);
    const parcel = await adaParcel(context);
    const params = {deliveryId: parcel.id};
    const collected = await context.api.call('collectDelivery', {token, params});
    expectStatus(collected, 200, 'POST /me/deliveries/:id/collect');
    ok(collected.body.status === 'collected', `the parcel is ${collected.body.status}`);
    expectProblem(
      await context.api.call('collectDelivery', {token, params}),
      'delivery_already_collected',
      'collecting a parcel twice',
    );
  },
});
