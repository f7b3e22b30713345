import type {Money} from '../../domain/money.js';

/**
 * Credits a booking of `minutes` costs: `ceil(creditsPerHour × minutes / 60)`, so a part hour
 * is never free (4 credits/h for 90 minutes is 6; 3 credits/h for 10 minutes is 1).
 */
export function bookingCredits(creditsPerHour: number, minutes: number): number {
  assertWholes(creditsPerHour, minutes);
  // Integer product; the division is exact whenever the result is whole, so ceil is safe.
  return Math.ceil((creditsPerHour * minutes) / 60);
}

/** The price of a booking of `minutes`, pro rata, rounded half up to the minor unit. */
export function bookingPrice(pricePerHour: Money, minutes: number): Money {
  assertWholes(pricePerHour.amount, minutes);
  return {
    amount: Math.floor((pricePerHour.amount * minutes + 30) / 60),
    currency: pricePerHour.currency,
  };
}

function assertWholes(rate: number, minutes: number): void {
  if (!Number.isInteger(rate) || rate < 0 || !Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`Failed to price a booking: ${rate} per hour for ${minutes} minutes.`);
  }
}
