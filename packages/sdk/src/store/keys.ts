import type {QueryKey} from '../types/store.js';

/**
 * A stable string for a key: object properties sorted and `undefined` ones dropped, so
 * `['bookings', {from, to}]` and `['bookings', {to, from}]` name the same query.
 */
export function hashKey(key: QueryKey): string {
  return JSON.stringify(key, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}

/** True when `prefix` deep-equals the leading elements of `key` (`[]` matches every key). */
export function matchesPrefix(key: QueryKey, prefix: QueryKey): boolean {
  if (prefix.length > key.length) return false;
  return prefix.every((part, index) => hashKey([part]) === hashKey([key[index]]));
}
