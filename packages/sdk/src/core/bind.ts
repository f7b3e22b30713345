import type {PorticoCore} from './PorticoCore.js';

type Call = (client: PorticoCore, ...args: never[]) => unknown;

/** An area's calls with the client bound: `createBooking(client, body)` as `create(body)`. */
export type Bound<T extends Record<string, Call>> = {
  [K in keyof T]: T[K] extends (client: PorticoCore, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/** `client.<area>`: the area's calls (its `calls.ts`), each with `client` as first argument. */
export function bind<T extends Record<string, Call>>(client: PorticoCore, calls: T): Bound<T> {
  const bound: Record<string, unknown> = {};
  for (const name in calls) bound[name] = (...args: never[]) => calls[name]!(client, ...args);
  return bound as Bound<T>;
}
