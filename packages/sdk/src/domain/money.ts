import type {Money} from '../contract/primitives.js';

export type {Money};

const digitsCache = new Map<string, number>();
const formatCache = new Map<string, Intl.NumberFormat>();

/** How many minor-unit digits a currency has, from Intl (EUR 2, JPY 0, BHD 3). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    const options = new Intl.NumberFormat('en', {style: 'currency', currency}).resolvedOptions();
    digits = options.maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Formats money for display, e.g. `€12.50` in `en` or `12,50 €` in `fr`. */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {style: 'currency', currency: money.currency});
    formatCache.set(key, format);
  }
  return format.format(money.amount / 10 ** currencyDigits(money.currency));
}

/** No money in `currency`. */
export function zeroMoney(currency: string): Money {
  return {amount: 0, currency};
}

/** `a + b`. @throws {RangeError} when the currencies differ. */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return {amount: a.amount + b.amount, currency: a.currency};
}

/** `a − b`. @throws {RangeError} when the currencies differ. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return {amount: a.amount - b.amount, currency: a.currency};
}

/** `money × factor` for a whole factor such as a quantity. @throws {RangeError} otherwise. */
export function multiplyMoney(money: Money, factor: number): Money {
  if (!Number.isInteger(factor)) {
    throw new RangeError(`Failed to multiply money: ${factor} is not a whole number.`);
  }
  return {amount: money.amount * factor, currency: money.currency};
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`Failed to combine money: ${a.currency} and ${b.currency} differ.`);
  }
}
