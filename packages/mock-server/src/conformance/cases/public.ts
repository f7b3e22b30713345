import {defineCases, iso} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const DAY = 86_400_000;

export const publicCases = defineCases('public', {
  async 'GET the space matches the contract'(context) {
    const space = await context.space();
    ok(
      space.slug === context.api.space,
      `the space's slug is ${space.slug}, expected ${context.api.space}`,
    );
    ok(
      Intl.supportedValuesOf('timeZone').includes(space.timeZone) || space.timeZone === 'UTC',
      `unknown time zone ${space.timeZone}`,
    );
  },

  async 'plans, resources and products match the contract'(context) {
    for (const name of ['listPlans', 'listResources', 'listProducts'] as const) {
      const reply = await context.api.call(name);
      expectStatus(reply, 200, name);
      ok(reply.body.items.length > 0, `${name} answered an empty list for the seeded space`);
    }
  },

  async 'floors (when the space has floor plans) hold every placed resource'(context) {
    const space = await context.space();
    const reply = await context.api.call('listFloors');
    if (!space.features.floorPlans)
      return expectStatus(reply, 404, 'GET /floors with floor plans off');
    expectStatus(reply, 200, 'GET /floors');
    const ids = new Set(reply.body.items.map((floor) => floor.id));
    for (const resource of await context.resources()) {
      const floor = resource.position?.floor;
      ok(
        floor === undefined || ids.has(floor),
        `${resource.id} is placed on an unknown floor ${floor}`,
      );
    }
    for (const floor of reply.body.items) {
      ok(
        !floor.svg || !/<script|\son\w+=|javascript:/i.test(floor.svg),
        `floor ${floor.id}'s drawing is not sanitized`,
      );
    }
  },

  async 'availability for a week covers every resource and never says who is busy'(context) {
    const resources = await context.resources();
    const from = Math.floor(context.now / 60_000) * 60_000;
    const reply = await context.api.call('getAvailability', {
      query: {from: iso(from), to: iso(from + 7 * DAY)},
    });
    expectStatus(reply, 200, 'GET /availability');
    for (const resource of resources) {
      ok(
        reply.body.resources.some((entry) => entry.resourceId === resource.id),
        `availability leaves out ${resource.id}`,
      );
    }
    for (const entry of reply.body.resources) {
      const resource = resources.find((each) => each.id === entry.resourceId);
      let previousEnd = -Infinity;
      for (const free of entry.free) {
        const start = Date.parse(free.start);
        const end = Date.parse(free.end);
        ok(
          start >= from && end <= from + 7 * DAY,
          `free range ${free.start} of ${entry.resourceId} is outside the range asked for`,
        );
        ok(
          start > previousEnd,
          `free ranges of ${entry.resourceId} are not sorted, disjoint and merged at ${free.start}`,
        );
        previousEnd = end;
        const slotMs = (resource?.rules.slotMinutes ?? 1) * 60_000;
        ok(
          end > start && (end - start) % slotMs === 0,
          `free range ${free.start}–${free.end} of ${entry.resourceId} is not a whole number of slots`,
        );
      }
    }
    const raw = reply.json as {resources: {busy: object[]}[]};
    for (const busy of raw.resources.flatMap((entry) => entry.busy)) {
      const extra = Object.keys(busy).filter((key) => key !== 'start' && key !== 'end');
      ok(
        extra.length === 0,
        `a busy interval carries ${extra.join(', ')}; it must not say who booked it`,
      );
    }
  },

  async 'availability with "to" before "from" is refused'(context) {
    const reply = await context.api.call('getAvailability', {
      query: {from: iso(context.now + DAY), to: iso(context.now)},
    });
    expectProblem(reply, 'invalid_time_range', 'availability with to < from');
  },

  async 'an unknown space answers 404'(context) {
    const reply = await context.api.raw(
      context.api.spaceUrl('').replace(/[^/]+$/, 'no-such-space-0000'),
    );
    expectProblem(reply, 'not_found', 'GET an unknown space');
  },

  async 'an unknown route answers a 404 problem'(context) {
    const reply = await context.api.raw(context.api.spaceUrl('/no/such/route'));
    expectProblem(reply, 'not_found', 'GET an unknown route');
  },
});
