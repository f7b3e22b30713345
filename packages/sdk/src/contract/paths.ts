import type {RouteDefinition} from './route.js';

/** Every route lives under this prefix; `:space` is the space's slug. */
export const SPACE_BASE_PATH = '/v1/spaces/:space';

/** Fills `:name` parameters of a route path, encoding each value. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

/** The path of a route for a space, e.g. `/v1/spaces/demo/bookings/b_1`. */
export function routePath(
  route: Pick<RouteDefinition, 'path'>,
  space: string,
  params: Record<string, string> = {},
): string {
  const base = fillPath(SPACE_BASE_PATH, {space});
  return route.path === '/' ? base : base + fillPath(route.path, params);
}
