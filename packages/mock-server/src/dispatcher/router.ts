/**
 * A segment trie compiled once from route paths: matching walks one node per path segment
 * (static children first, then the `:param` child), so it costs the same for 5 routes or 500.
 */

interface Node<T> {
  readonly statics: Map<string, Node<T>>;
  /** `:name`, or `:name.ext`, whose segment must end with `suffix` (which is not part of the value). */
  param: {readonly name: string; readonly suffix: string; readonly node: Node<T>} | null;
  readonly methods: Map<string, T>;
}

export type RouteMatch<T> =
  | {readonly kind: 'found'; readonly value: T; readonly params: Record<string, string>}
  /** The path exists, but not for this method. */
  | {readonly kind: 'method_not_allowed'; readonly allowed: readonly string[]}
  | {readonly kind: 'not_found'};

const newNode = <T>(): Node<T> => ({statics: new Map(), param: null, methods: new Map()});

/** Splits a pathname into raw (still percent-encoded) segments; one trailing slash is ignored. */
function segmentsOf(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}

/** How many recent matches are remembered (see {@link Router.match}). */
const REMEMBERED_MATCHES = 512;

export class Router<T> {
  readonly #root: Node<T> = newNode();
  /** Found matches by `method path`: clients repeat the same few paths, most of all polls. */
  readonly #recent = new Map<string, RouteMatch<T>>();

  /**
   * Adds `method path`, where path segments starting with `:` are parameters; `:secret.ics`
   * is a parameter followed by a fixed suffix.
   */
  add(method: string, path: string, value: T): this {
    let node = this.#root;
    for (const segment of segmentsOf(path)) {
      if (segment.startsWith(':')) {
        const [name = '', ...rest] = segment.slice(1).split('.');
        const suffix = rest.length > 0 ? `.${rest.join('.')}` : '';
        if (node.param && (node.param.name !== name || node.param.suffix !== suffix)) {
          throw new Error(
            `[Portico] Failed to add route "${method} ${path}": "${segment}" clashes with ":${node.param.name}${node.param.suffix}".`,
          );
        }
        node.param ??= {name, suffix, node: newNode()};
        node = node.param.node;
      } else {
        let child = node.statics.get(segment);
        if (!child) node.statics.set(segment, (child = newNode()));
        node = child;
      }
    }
    if (node.methods.has(method))
      throw new Error(`[Portico] Failed to add route "${method} ${path}": it already exists.`);
    node.methods.set(method, value);
    return this;
  }

  /**
   * Finds the route for `method` and a raw pathname. Parameter values are percent-decoded;
   * a malformed escape throws `URIError`, which the caller answers with 400. A found match
   * is remembered and answered again (the same object: do not change its params).
   */
  match(method: string, pathname: string): RouteMatch<T> {
    const key = `${method} ${pathname}`;
    const recent = this.#recent.get(key);
    if (recent) return recent;
    const match = this.#find(method, pathname);
    if (match.kind === 'found') {
      // Forgetting all at once keeps this a plain Map; a full table is rare and cheap to refill.
      if (this.#recent.size >= REMEMBERED_MATCHES) this.#recent.clear();
      this.#recent.set(key, match);
    }
    return match;
  }

  #find(method: string, pathname: string): RouteMatch<T> {
    const segments = segmentsOf(pathname);
    const params: string[] = [];
    const names: string[] = [];
    const allowed = new Set<string>();
    const found = this.#walk(this.#root, segments, 0, method, params, names, allowed);
    if (found) {
      const record: Record<string, string> = {};
      names.forEach((name, i) => (record[name] = decodeURIComponent(params[i] as string)));
      return {kind: 'found', value: found, params: record};
    }
    return allowed.size > 0
      ? {kind: 'method_not_allowed', allowed: [...allowed]}
      : {kind: 'not_found'};
  }

  // Backtracks: `DELETE /bookings/quote` misses the static `quote` (POST only) and then
  // matches `/bookings/:bookingId`.
  #walk(
    node: Node<T>,
    segments: string[],
    i: number,
    method: string,
    params: string[],
    names: string[],
    allowed: Set<string>,
  ): T | undefined {
    if (i === segments.length) {
      const value = node.methods.get(method);
      if (value === undefined) for (const m of node.methods.keys()) allowed.add(m);
      return value;
    }
    const segment = segments[i] as string;
    const child = node.statics.get(segment);
    if (child) {
      const value = this.#walk(child, segments, i + 1, method, params, names, allowed);
      if (value !== undefined) return value;
    }
    const suffix = node.param?.suffix ?? '';
    if (node.param && segment.length > suffix.length && segment.endsWith(suffix)) {
      params.push(segment.slice(0, segment.length - suffix.length));
      names.push(node.param.name);
      const value = this.#walk(node.param.node, segments, i + 1, method, params, names, allowed);
      if (value !== undefined) return value;
      params.pop();
      names.pop();
    }
    return undefined;
  }
}
