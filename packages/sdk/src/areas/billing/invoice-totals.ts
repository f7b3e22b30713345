import type {Money} from '../../domain/money.js';

/**
 * How an invoice's totals are computed, once, for the server, the PDF and the elements:
 *
 * - a line's amount is `quantity × unitPrice`, exact (money is integer minor units);
 * - tax is computed **per rate**, on the sum of that rate's lines, and rounded to the minor unit
 *   **half to even** (banker's rounding: no drift upwards over many invoices). One rounding per
 *   rate, not per line, is what EU VAT rules allow and keeps the breakdown equal to the total;
 * - prices are tax-exclusive (net; tax is added) or tax-inclusive (gross; the tax inside is
 *   `gross × rate / (1 + rate)`), as the space sells. Either way `total = Σ base + Σ tax`.
 */
export type TaxMode = 'exclusive' | 'inclusive';

/** A tax rate in basis points: `2000` is 20 %, `550` is 5.5 %. */
export type TaxRate = number;

/** The largest tax rate a line may carry (100 %), in basis points. */
export const MAX_TAX_RATE = 10_000;

export interface InvoiceLineInput {
  quantity: number;
  unitPrice: Money;
  taxRate: TaxRate;
}

export interface TaxAmount {
  rate: TaxRate;
  /** What the rate applies to: the net sum of its lines. */
  base: Money;
  amount: Money;
}

export interface InvoiceTotals {
  /** Each line's `quantity × unitPrice`, in the order given. */
  lineAmounts: Money[];
  /** Net: the sum of the tax bases. */
  subtotal: Money;
  /** One entry per rate, lowest rate first. */
  taxes: TaxAmount[];
  total: Money;
}

/**
 * `numerator / denominator` rounded to the nearest integer, ties to the even one.
 * BigInt, so a large amount times a rate never loses precision.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('divideHalfEven: the denominator must be positive.');
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let quotient = n / denominator;
  const twiceRemainder = (n % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) {
    quotient += 1n;
  }
  return negative ? -quotient : quotient;
}

/**
 * An invoice's subtotal, tax breakdown and total.
 * @throws {RangeError} on a fractional quantity, a rate outside 0–100 % or mixed currencies.
 */
export function invoiceTotals(
  lines: readonly InvoiceLineInput[],
  currency: string,
  mode: TaxMode,
): InvoiceTotals {
  const byRate = new Map<TaxRate, bigint>();
  const lineAmounts = lines.map(({quantity, unitPrice, taxRate}) => {
    if (!Number.isInteger(quantity)) {
      throw new RangeError(`Failed to total an invoice: quantity ${quantity} is not whole.`);
    }
    if (!Number.isInteger(taxRate) || taxRate < 0 || taxRate > MAX_TAX_RATE) {
      throw new RangeError(`Failed to total an invoice: tax rate ${taxRate} is not 0–10000 bp.`);
    }
    if (unitPrice.currency !== currency) {
      throw new RangeError(
        `Failed to total an invoice: a line is in ${unitPrice.currency}, the invoice in ${currency}.`,
      );
    }
    const amount = BigInt(quantity) * BigInt(unitPrice.amount);
    byRate.set(taxRate, (byRate.get(taxRate) ?? 0n) + amount);
    return {amount: Number(amount), currency};
  });

  const money = (amount: bigint): Money => ({amount: Number(amount), currency});
  let subtotal = 0n;
  let total = 0n;
  const taxes = [...byRate]
    .sort(([a], [b]) => a - b)
    .map(([rate, sum]): TaxAmount => {
      const bp = BigInt(rate);
      const tax =
        mode === 'exclusive'
          ? divideHalfEven(sum * bp, 10_000n)
          : divideHalfEven(sum * bp, 10_000n + bp);
      const base = mode === 'exclusive' ? sum : sum - tax;
      subtotal += base;
      total += base + tax;
      return {rate, base: money(base), amount: money(tax)};
    });
  return {lineAmounts, subtotal: money(subtotal), taxes, total: money(total)};
}
