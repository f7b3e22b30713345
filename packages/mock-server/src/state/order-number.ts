/**
 * The number a member knows an order by (`1001`, or `S1` for a seeded one): the serial part of
 * its id, without the `ord_` prefix that only the API uses.
 */
export function orderNumber(orderId: string): string {
  return orderId.replace(/^ord_/, '').toUpperCase();
}
