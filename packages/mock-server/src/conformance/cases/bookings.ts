import type {Resource, Space} from '@portico/sdk/contract';
import {
  addDays,
  calendarDayOf,
  daysBetween,
  MINUTE_MS,
  resourceHours,
  wallTimeOf,
  weekdayOf,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import type {CaseContext, Slot} from '../context.js';
import {bookingBody, defineCases, iso} from '../define-cases.js';
import {expectProblem, expectStatus, fail, ok} from '../expect.js';

const ADA = 'ada@example.com';
const DAY = 86_400_000;

/** The opening spans (instants) of a resource on a day of the space; none on a closure. */
function spansOn(space: Space, resource: Resource, day: string): {open: number; close: number}[] {
  if (space.closures.some((closure) => closure.day === day)) return [];
  const hours = resourceHours(resource, space);
  return hours[weekdayOf(day)].map((span) => ({
    open: zonedDateTimeToInstant(day, span.open, space.timeZone),
    close: zonedDateTimeToInstant(day, span.close, space.timeZone),
  }));
}

async function book(
  context: CaseContext,
  token: string,
  slot: Pick<Slot, 'resource' | 'start' | 'end'>,
) {
  return context.send('createBooking', {
    token,
    body: bookingBody(slot),
  });
}

/** Slots at least a day ahead, so that moving them keeps clear of the minimum notice. */
async function laterSlots(context: CaseContext): Promise<Slot[]> {
  const slots = await context.slots({after: context.now + DAY});
  return slots.length > 0 ? slots : fail('no free slot a day or more ahead');
}

export const bookingCases = defineCases('bookings', {
  async 'a quote costs nothing and changes nothing'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const before = await context.credits(token);
    const quote = await context.api.call('quoteBooking', {token, body: bookingBody(slot!)});
    expectStatus(quote, 200, 'POST /bookings/quote');
    ok(
      quote.body.occurrences.length === 1,
      `a single booking is quoted as ${quote.body.occurrences.length} occurrences`,
    );
    ok(
      quote.body.affordable === quote.body.cost.credits <= quote.body.creditsAvailable,
      'the quote says affordable against its own figures',
    );
    ok((await context.credits(token)) === before, 'a quote changed the credits');
    const bookings = await context.api.call('listBookings', {token});
    expectStatus(bookings, 200, 'GET /me/bookings');
    ok(
      !bookings.body.items.some(
        (b) => Date.parse(b.start) === slot!.start && b.resourceId === slot!.resource.id,
      ),
      'a quote created a booking',
    );
  },

  async 'a quote names the credits it takes, and the booking takes exactly those'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await laterSlots(context);
    const quote = await context.api.call('quoteBooking', {token, body: bookingBody(slot!)});
    expectStatus(quote, 200, 'POST /bookings/quote');
    const {cost, creditsUsed, affordable} = quote.body;
    if (cost.credits === 0 || !affordable) {
      ok(creditsUsed.length === 0, 'a quote that takes no credits names credits it would use');
      return;
    }
    const named = creditsUsed.reduce((sum, use) => sum + use.amount, 0);
    ok(named === cost.credits, `the quote costs ${cost.credits} credits but names ${named}`);
    const expiry = (at: string | null) => (at === null ? Infinity : Date.parse(at));
    ok(
      creditsUsed.every(
        (use, index) =>
          index === 0 || expiry(creditsUsed[index - 1]!.expiresAt) <= expiry(use.expiresAt),
      ),
      'the quote does not spend the credits that expire soonest first',
    );
    const before = await context.api.call('getCredits', {token});
    expectStatus(before, 200, 'GET /me/credits');
    const created = await book(context, token, slot!);
    expectStatus(created, 201, 'POST /bookings');
    const after = await context.api.call('getCredits', {token});
    expectStatus(after, 200, 'GET /me/credits');
    const amountIn = (balance: typeof before.body, id: string) =>
      balance.buckets.find((bucket) => bucket.id === id)?.amount ?? 0;
    for (const use of creditsUsed) {
      const taken = amountIn(before.body, use.bucketId) - amountIn(after.body, use.bucketId);
      ok(
        taken === use.amount,
        `the quote named ${use.amount} credits from ${use.bucketId} but the booking took ${taken}`,
      );
    }
  },

  async 'book, list and cancel with a full refund'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await laterSlots(context);
    const before = await context.credits(token);
    const created = await book(context, token, slot!);
    expectStatus(created, 201, 'POST /bookings');
    const [booking] = created.body.bookings;
    ok(
      booking && created.body.bookings.length === 1,
      'a single booking answered more or less than one booking',
    );
    ok(booking.status === 'confirmed', `the booking is ${booking.status}, expected confirmed`);
    ok(
      Date.parse(booking.start) === slot!.start && Date.parse(booking.end) === slot!.end,
      'the booking is not at the time asked for',
    );
    ok(
      created.body.creditsRemaining === before - created.body.cost.credits,
      'creditsRemaining is not the balance minus the cost',
    );
    ok(
      (await context.credits(token)) === before - created.body.cost.credits,
      'GET /me/credits does not show the cost taken',
    );
    const list = await context.api.call('listBookings', {token});
    expectStatus(list, 200, 'GET /me/bookings');
    ok(
      list.body.items.some((b) => b.id === booking.id),
      'the new booking is not in GET /me/bookings',
    );
    const availability = await context.api.call('getAvailability', {
      query: {
        from: iso(slot!.start - DAY),
        to: iso(slot!.end + DAY),
        resourceIds: slot!.resource.id,
      },
    });
    expectStatus(availability, 200, 'GET /availability');
    const busy = availability.body.resources[0]?.busy ?? [];
    ok(
      busy.some((b) => Date.parse(b.start) <= slot!.start && Date.parse(b.end) >= slot!.end),
      'availability does not show the booked time as busy',
    );
    const cancelled = await context.api.call('cancelBooking', {
      token,
      params: {bookingId: booking.id},
    });
    expectStatus(cancelled, 200, 'DELETE /bookings/:id');
    ok(cancelled.body.booking.status === 'cancelled', 'the cancelled booking is not cancelled');
    ok(
      cancelled.body.refund.percent === 100,
      `cancelling a day ahead refunded ${cancelled.body.refund.percent}%`,
    );
    ok((await context.credits(token)) === before, 'the refund did not give every credit back');
    const again = await context.api.call('cancelBooking', {token, params: {bookingId: booking.id}});
    expectProblem(again, 'already_cancelled', 'cancelling twice');
  },

  async 'a taken slot answers 409 slot_unavailable'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    expectStatus(await book(context, token, slot!), 201, 'the first booking');
    expectProblem(
      await book(context, token, slot!),
      'slot_unavailable',
      'booking the same slot again',
    );
  },

  async 'outside opening hours answers 422'(context) {
    const {token} = await context.login(ADA);
    const space = await context.space();
    for (const slot of await laterSlots(context)) {
      const day = calendarDayOf(slot.start, space.timeZone);
      const spans = spansOn(space, slot.resource, day);
      const length = slot.end - slot.start;
      const first = spans[0];
      const midnight = zonedDateTimeToInstant(day, '00:00', space.timeZone);
      if (!first || first.open - midnight < length) continue;
      // Ends exactly when the resource opens: aligned, long enough, wholly outside.
      const end = first.open;
      const reply = await book(context, token, {resource: slot.resource, start: end - length, end});
      return expectProblem(
        reply,
        'outside_opening_hours',
        `booking ${slot.resource.id} before it opens`,
      );
    }
    fail('no resource opens late enough in the day to book before its opening');
  },

  async 'a duration out of range answers 422'(context) {
    const {token} = await context.login(ADA);
    const space = await context.space();
    for (const slot of await laterSlots(context)) {
      const {slotMinutes, minMinutes, maxMinutes} = slot.resource.rules;
      let minutes: number | undefined;
      if (minMinutes > slotMinutes) {
        minutes = Math.floor((minMinutes - 1) / slotMinutes) * slotMinutes;
      } else {
        const day = calendarDayOf(slot.start, space.timeZone);
        const tooLong = Math.ceil((maxMinutes + 1) / slotMinutes) * slotMinutes;
        const fits = spansOn(space, slot.resource, day).some(
          (s) => s.open <= slot.start && slot.start + tooLong * MINUTE_MS <= s.close,
        );
        if (fits) minutes = tooLong;
      }
      if (!minutes) continue;
      const reply = await book(context, token, {
        resource: slot.resource,
        start: slot.start,
        end: slot.start + minutes * MINUTE_MS,
      });
      return expectProblem(
        reply,
        'duration_out_of_range',
        `booking ${slot.resource.id} for ${minutes} minutes`,
      );
    }
    fail('no resource has a minimum above its slot size, or opening hours longer than its maximum');
  },

  async 'too far in advance answers 422'(context) {
    const {token} = await context.login(ADA);
    const space = await context.space();
    const today = calendarDayOf(context.now, space.timeZone);
    const [slot] = await laterSlots(context);
    const day = calendarDayOf(slot!.start, space.timeZone);
    const time = wallTimeOf(slot!.start, space.timeZone);
    // Same weekday and wall time (so the same hours apply), past the advance limit.
    let weeks = Math.max(
      1,
      Math.ceil((slot!.resource.rules.advanceDays + 1 - daysBetween(today, day)) / 7),
    );
    while (space.closures.some((closure) => closure.day === addDays(day, 7 * weeks))) weeks++;
    const start = zonedDateTimeToInstant(addDays(day, 7 * weeks), time, space.timeZone);
    const reply = await book(context, token, {
      resource: slot!.resource,
      start,
      end: start + (slot!.end - slot!.start),
    });
    expectProblem(
      reply,
      'too_far_in_advance',
      `booking ${slot!.resource.id} ${7 * weeks} days after a free slot`,
    );
  },

  async 'too late (inside the minimum notice, or in the past) answers 422'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const notice = slot!.resource.rules.minimumNoticeMinutes;
    await context.setClock(notice >= 2 ? slot!.start - MINUTE_MS : slot!.start + MINUTE_MS);
    expectProblem(
      await book(context, token, slot!),
      'too_late',
      'booking inside the notice period',
    );
  },

  async 'not enough credits answers 402 and the quote says so'(context) {
    const {token} = await context.login('chloe@example.com');
    const space = await context.space();
    expectStatus(
      await context.api.call('acceptTerms', {token, body: {version: space.terms.version}}),
      200,
      'POST /me/terms',
    );
    const credits = await context.credits(token);
    for (const slot of await context.slots()) {
      const quote = await context.api.call('quoteBooking', {token, body: bookingBody(slot)});
      expectStatus(quote, 200, 'POST /bookings/quote');
      if (quote.body.cost.credits <= credits) continue;
      ok(!quote.body.affordable, 'the quote says affordable although the credits fall short');
      expectProblem(
        await book(context, token, slot),
        'insufficient_credits',
        'booking without enough credits',
      );
      ok((await context.credits(token)) === credits, 'a refused booking changed the credits');
      return;
    }
    fail(`chloe@example.com has ${credits} credits, enough for every slot; she should have none`);
  },

  async 'an end before the start is refused'(context) {
    const {token} = await context.login(ADA);
    const [slot] = await context.slots();
    const reply = await book(context, token, {
      resource: slot!.resource,
      start: slot!.end,
      end: slot!.start,
    });
    expectProblem(reply, 'invalid_time_range', 'end before start');
  },
});
