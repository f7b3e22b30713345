import {endpoints} from '@portico/sdk/bookings';

/**
 * A rule a booking request can break (outside the hours, too long, taken…): the codes the
 * quote route declares, each with a message in the panel.
 */
export const isBookingRuleCode = (code: string | undefined): code is string =>
  code !== undefined && (endpoints.quoteBooking.errors as readonly string[]).includes(code);
